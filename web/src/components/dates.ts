const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** An ISO date (`2019-01-31`) as words (`31 January 2019`); '' for anything else. */
export const longDate = (iso: unknown): string =>
  typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso) ? LONG_DATE.format(new Date(`${iso}T00:00:00Z`)) : '';

/** An ISO date or instant's day as `31 Jan 2019`; a dash for none. */
export const shortDate = (iso: string | null | undefined): string =>
  iso
    ? new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-GB', {
        timeZone: 'UTC',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      })
    : '—';
