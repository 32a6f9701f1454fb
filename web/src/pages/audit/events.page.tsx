import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { EventLogItem, EventLogPage } from '../../api/types';
import { useAsAt } from '../../as-at/as-at-context';
import { CommandMessages, FormActions, TextField, formValues } from '../../components/form-fields';
import { instant } from '../../components/status';
import { useCommand } from '../../components/use-command';
import { useApi } from '../../session/session-context';
import { timelineLink } from './timeline-link';

const FIELDS = ['streamId', 'type', 'actor', 'from', 'to'];

/** Datetime-local text to an instant the API accepts; a bare date stays a date (its midnight UTC). */
const toInstant = (value: string | undefined): string | undefined =>
  !value ? undefined : /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : new Date(value).toISOString();

/** The stored events in global order, filtered, a page at a time; "known at" cuts the log at that instant. */
export function EventsPage() {
  const api = useApi();
  const { view } = useAsAt();
  const command = useCommand(FIELDS);
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [items, setItems] = useState<EventLogItem[] | null>(null);
  const [next, setNext] = useState<string | null>(null);

  const query = (f: Record<string, string>) => {
    const to = toInstant(f.to);
    const knownAt = view.knownAt;
    return {
      ...f,
      from: toInstant(f.from),
      // Known at: only what had been recorded by then (the log's "to" is exclusive, close enough to the millisecond).
      to: knownAt && (!to || knownAt < to) ? knownAt : to,
      limit: 50,
    };
  };
  const load = (f: Record<string, string>, after?: string) =>
    command.run(async () => {
      const page = await api.get<EventLogPage>('/api/audit/events', { ...query(f), after });
      setItems((old) => (after ? [...(old ?? []), ...page.items] : page.items));
      setNext(page.next);
    });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const f = formValues(event.currentTarget);
    setFilters(f);
    void load(f);
  };
  return (
    <>
      <h1>Event log</h1>
      <p>Every stored event in the order it was recorded, with who recorded it and why.</p>
      <form className="filters" onSubmit={submit} noValidate aria-label="Filter events">
        <TextField label="Stream" name="streamId" command={command} hint="e.g. staff-… or post-…" />
        <TextField label="Event type" name="type" command={command} hint="e.g. StaffHired" />
        <TextField label="Recorded by" name="actor" command={command} hint="username" />
        <TextField label="Recorded from" name="from" type="datetime-local" command={command} />
        <TextField label="Recorded before" name="to" type="datetime-local" command={command} />
        <FormActions command={command} label="Show events" busyLabel="Loading…" />
      </form>
      {items && (
        <>
          <p className="count" role="status">
            {items.length} events shown{next ? ', more after these' : ''}
          </p>
          <table data-testid="event-log">
            <thead>
              <tr>
                <th scope="col">Recorded</th>
                <th scope="col">Event</th>
                <th scope="col">Stream</th>
                <th scope="col">By</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {items.map((e) => (
                <tr key={e.eventId}>
                  <td>{instant(e.recordedAt)}</td>
                  <td>
                    {e.type}
                    <span className="hint block">version {e.version}</span>
                  </td>
                  <td>
                    {timelineLink(e.streamId) ? <Link to={timelineLink(e.streamId)!}>{e.streamId}</Link> : e.streamId}
                  </td>
                  <td>{e.metadata.actor ?? '—'}</td>
                  <td>{e.metadata.reason ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {next && (
            <button type="button" onClick={() => void load(filters, next)} disabled={command.busy}>
              Show more
            </button>
          )}
          <CommandMessages command={command} />
        </>
      )}
    </>
  );
}
