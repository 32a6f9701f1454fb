import { longDate } from '../components/dates';

/**
 * The "as at" view: every read of a read model carries `asAt=YYYY-MM-DD` (the state effective on
 * that date) and/or `knownAt=<ISO instant>` (the state as the system knew it then). This is the
 * contract of the read endpoints (docs/decisions/0008); the event log and timelines read the
 * events themselves and are cut here instead (see `cutTimeline`).
 */
export interface AsAtView {
  asAt?: string;
  knownAt?: string;
}

export const isActive = (view: AsAtView): boolean => Boolean(view.asAt || view.knownAt);

/** Read models that answer as-at questions: every GET under these, except stream histories. */
const AS_AT_READS = [
  '/api/staff',
  '/api/cohorts',
  '/api/reports',
  '/api/posts',
  '/api/dashboard',
  '/api/plan',
  '/api/caseloads',
  '/api/centre',
];

export const carriesAsAt = (path: string): boolean =>
  AS_AT_READS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`)) &&
  !/\/history(\?|$)/.test(path);

export type Query = Record<string, string | number | boolean | undefined | null>;

/** The query string of a read: the page's own parameters, then the view's when the path takes them. */
export function readQuery(path: string, query: Query, view: AsAtView): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  if (carriesAsAt(path)) {
    if (view.asAt) params.set('asAt', view.asAt);
    if (view.knownAt) params.set('knownAt', view.knownAt);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `<input type="datetime-local">` gives local wall time without a zone; the API wants an instant. */
export const localToInstant = (local: string): string | undefined => {
  if (!local) return undefined;
  const ms = Date.parse(local);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
};

export const instantToLocal = (instant: string | undefined): string => {
  if (!instant) return '';
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
};

export const validView = (view: AsAtView): AsAtView => ({
  ...(view.asAt && DATE.test(view.asAt) ? { asAt: view.asAt } : {}),
  ...(view.knownAt && !Number.isNaN(Date.parse(view.knownAt)) ? { knownAt: view.knownAt } : {}),
});

/** A timeline as it stood: only what had been recorded by knownAt, marked when it takes effect after asAt. */
export function cutTimeline<T extends { recordedAt: string; effectiveOn: string | null }>(
  entries: readonly T[],
  view: AsAtView,
): (T & { afterAsAt: boolean })[] {
  const known = view.knownAt ? Date.parse(view.knownAt) : Number.POSITIVE_INFINITY;
  return entries
    .filter((e) => Date.parse(e.recordedAt) <= known)
    .map((e) => ({ ...e, afterAsAt: Boolean(view.asAt && e.effectiveOn && e.effectiveOn > view.asAt) }));
}

export const describeView = (view: AsAtView): string => {
  const parts: string[] = [];
  if (view.asAt) parts.push(`as at ${longDate(view.asAt)}`);
  if (view.knownAt)
    parts.push(
      `as known at ${new Date(view.knownAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}`,
    );
  return parts.join(', ');
};
