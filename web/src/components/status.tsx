import type { ErrorBody } from '../api/error-words';
import { errorText } from '../api/error-words';

export function LoadError({ error }: { error: ErrorBody | null }) {
  if (!error) return null;
  return (
    <p className="form-error" role="alert">
      {errorText(error)}
    </p>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

const GBP = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
export const pounds = (pence: number): string => GBP.format(pence / 100);
export const wte = (hundredths: number): string => (hundredths / 100).toFixed(2);
export { shortDate } from './dates';
export const instant = (iso: string): string =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });
