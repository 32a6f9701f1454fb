import { dateCell, decimalCell, keyCell, poundsCell } from './cells.js';
import { cohortIdFor, staffIdFor, uuidV5 } from './external-ids.js';
import { rowKeyOf } from './layout.js';

describe('cells', () => {
  it.each([
    ['2017-04-01', '2017-04-01'],
    ['01/04/2017', '2017-04-01'],
    ['1/4/2017', '2017-04-01'],
    ['29/02/2016', '2016-02-29'],
  ])('reads the date %s as %s', (text, iso) => expect(dateCell(text)).toEqual({ ok: true, value: iso }));

  it.each(['29/02/2017', '2017-13-01', '04/01/17', '2017-4-1', 'tomorrow'])('refuses the date %s', (text) =>
    expect(dateCell(text)).toMatchObject({ ok: false, code: 'VALIDATION.INVALID_DATE' }),
  );

  it('reads pounds as finance writes them into pence', () => {
    expect(poundsCell('£60,000.00')).toEqual({ ok: true, value: 6_000_000 });
    expect(poundsCell('82000')).toEqual({ ok: true, value: 8_200_000 });
    expect(poundsCell('0.5')).toEqual({ ok: true, value: 50 });
    expect(poundsCell('60,00')).toMatchObject({ ok: false, code: 'VALIDATION.INVALID_AMOUNT' });
  });

  it('reads decimals and references', () => {
    expect(decimalCell('0.6')).toEqual({ ok: true, value: 0.6 });
    expect(decimalCell('-1')).toMatchObject({ ok: false, code: 'VALIDATION.INVALID_NUMBER' });
    expect(keyCell('e1001')).toEqual({ ok: true, value: 'E1001' });
    expect(keyCell('E 1')).toMatchObject({ ok: false, code: 'VALIDATION.INVALID_KEY' });
  });
});

describe('external ids', () => {
  it('are RFC 9562 version 5 UUIDs (the RFC example: DNS namespace, www.example.com)', () =>
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    ));

  it('name a person by employee number and a cohort by level, provider and start, whatever the spacing', () => {
    expect(staffIdFor('E1001')).toBe(staffIdFor('E1001'));
    expect(staffIdFor('E1001')).not.toBe(staffIdFor('E1002'));
    expect(cohortIdFor(1, 'Tavistock  and Portman ', '2016-09-05')).toBe(
      cohortIdFor(1, 'tavistock and portman', '2016-09-05'),
    );
  });

  it('key a row by its typed values, not their order or how the dates were written', () =>
    expect(rowKeyOf('staff', { a: '2017-04-01', b: 1 })).toBe(rowKeyOf('staff', { b: 1, a: '2017-04-01' })));
});
