import type { CaseloadHistoryEntry } from '../../api/caseload-types';
import { useAsAt } from '../../as-at/as-at-context';
import { cutTimeline } from '../../as-at/as-at-view';
import { instant, shortDate } from '../../components/status';
import { orNone } from './caseload-figures';

/**
 * Every change to the caseload, newest first. The over-cap flag is the one decided when the change
 * was recorded (ADR 0050), so it can differ from today's figures above; the as-at view cuts it as
 * timelines are cut, because the history endpoint reads the events themselves.
 */
export function CaseloadHistoryTable({ entries }: { entries: CaseloadHistoryEntry[] }) {
  const { view } = useAsAt();
  const shown = cutTimeline(entries, view).reverse();
  return (
    <section aria-labelledby="caseload-history-title">
      <h2 id="caseload-history-title">History</h2>
      {shown.length < entries.length && (
        <p className="hint">
          {entries.length - shown.length} later entries are hidden: they were recorded after the known-at time.
        </p>
      )}
      {shown.length === 0 ? (
        <p>Nothing recorded.</p>
      ) : (
        <div className="table-scroll">
          <table data-testid="caseload-history">
            <caption>Changes to the caseload, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Change</th>
                <th scope="col">Open cases after</th>
                <th scope="col">Cap then</th>
                <th scope="col">Over cap</th>
                <th scope="col">By</th>
                <th scope="col">Why</th>
                <th scope="col">Recorded</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((e) => (
                <tr
                  key={e.eventId}
                  data-testid={`history-${e.version}`}
                  className={[e.overCap ? 'warn' : '', e.afterAsAt ? 'after-as-at' : ''].join(' ').trim() || undefined}
                >
                  <td>
                    {shortDate(e.effectiveOn)}
                    {e.afterAsAt && <span className="hint block">after the as-at date</span>}
                  </td>
                  <td data-testid="change">{e.summary}</td>
                  <td data-testid="open-cases">{e.openCases}</td>
                  <td>{orNone(e.cap)}</td>
                  <td data-testid="over-cap">{e.overCap ? 'Over cap' : 'No'}</td>
                  <td>{e.actor}</td>
                  <td>{e.reason ?? '—'}</td>
                  <td>{instant(e.recordedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
