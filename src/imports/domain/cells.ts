import { isIsoDate, type IsoDate } from '../../shared/values.js';

/**
 * Reading one spreadsheet cell as a typed value. Each returns the value, or a problem code from the
 * `VALIDATION.*` family; range rules (an FTE above 1, an unknown borough) are left to the
 * deciders, so a file and the API refuse the same things with the same codes.
 */
export type Cell<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const problem = (code: string, message: string): Cell<never> => ({ ok: false, code, message });

const DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** `YYYY-MM-DD`, or the UK `DD/MM/YYYY` (day first, as UK spreadsheets write it; `D/M/YYYY` too). */
export const dateCell = (text: string): Cell<IsoDate> => {
  const dmy = DAY_MONTH_YEAR.exec(text);
  const iso = dmy ? `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}` : text;
  return isIsoDate(iso)
    ? ok(iso)
    : problem('VALIDATION.INVALID_DATE', `${JSON.stringify(text)} is not a calendar date YYYY-MM-DD or DD/MM/YYYY`);
};

const DECIMAL = /^(\d+(\.\d*)?|\.\d+)$/;

export const decimalCell = (text: string): Cell<number> =>
  DECIMAL.test(text)
    ? ok(Number(text))
    : problem('VALIDATION.INVALID_NUMBER', `${JSON.stringify(text)} is not a number`);

export const integerCell = (text: string): Cell<number> =>
  /^\d{1,9}$/.test(text)
    ? ok(Number(text))
    : problem('VALIDATION.INVALID_NUMBER', `${JSON.stringify(text)} is not a whole number`);

const POUNDS = /^£?(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;

/** Pounds as finance writes them (`60000`, `£60,000.00`), to integer pence. */
export const poundsCell = (text: string): Cell<number> => {
  if (!POUNDS.test(text))
    return problem('VALIDATION.INVALID_AMOUNT', `${JSON.stringify(text)} is not an amount in pounds, e.g. 60000.00`);
  const [whole, pence = ''] = text.replace(/[£,]/g, '').split('.');
  const value = Number(whole) * 100 + Number(pence.padEnd(2, '0'));
  return Number.isSafeInteger(value) ? ok(value) : problem('VALIDATION.INVALID_AMOUNT', 'amount too large');
};

export const textCell = (text: string, maxLength = 200): Cell<string> =>
  text.length <= maxLength ? ok(text) : problem('VALIDATION.TOO_LONG', `longer than ${maxLength} characters`);

const KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,49}$/;

/** An external key (an employee number, an establishment post reference): compared in capitals. */
export const keyCell = (text: string): Cell<string> =>
  KEY.test(text)
    ? ok(text.toUpperCase())
    : problem(
        'VALIDATION.INVALID_KEY',
        `${JSON.stringify(text)} is not a reference: letters, digits and . _ / - (50 at most)`,
      );

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const uuidCell = (text: string): Cell<string> =>
  UUID.test(text) ? ok(text.toLowerCase()) : problem('VALIDATION.INVALID_ID', `${JSON.stringify(text)} is not a UUID`);

/** Words compared without regard to case or spacing: `Social Worker`, `social-worker`. */
export const choiceCell = (text: string): Cell<string> =>
  ok(
    text
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, '-'),
  );
