import { useState } from 'react';
import type { IntegrityReport } from '../../api/types';
import { CommandMessages } from '../../components/form-fields';
import { Elapsed } from '../../components/elapsed';
import { useCommand } from '../../components/use-command';
import { useApi } from '../../session/session-context';
import { timelineLink } from './timeline-link';
import { Link } from 'react-router';

/** Recomputes every stream's hash chain on the server; one request, so progress is the time it has taken. */
export function VerifyPage() {
  const api = useApi();
  const command = useCommand([]);
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [started, setStarted] = useState(0);
  const [took, setTook] = useState<number | null>(null);
  const verify = () => {
    const at = Date.now();
    setStarted(at);
    setReport(null);
    void command.run(async () => {
      setReport(await api.get<IntegrityReport>('/api/audit/verify'));
      setTook((Date.now() - at) / 1000);
    });
  };
  return (
    <>
      <h1>Verify the history</h1>
      <p>
        Recomputes every event's hash from its content and its predecessor's, and checks each stream's head and the
        global order. An edited, deleted, inserted or reordered event is named.
      </p>
      <button type="button" onClick={verify} disabled={command.busy}>
        {command.busy ? 'Verifying…' : 'Verify now'}
      </button>
      {command.busy && (
        <div className="progress" role="status" data-testid="verify-progress">
          <progress aria-label="Verifying" />
          <span>
            Reading every event… <Elapsed since={started} />
          </span>
        </div>
      )}
      <CommandMessages command={command} />
      {report && (
        <section aria-labelledby="verify-result" data-testid="verify-result">
          <h2 id="verify-result" className={report.ok ? 'good' : 'bad'}>
            {report.ok ? 'Nothing has been altered' : `${report.problems.length} problems found`}
          </h2>
          <p>
            {report.eventsChecked.toLocaleString('en-GB')} events in {report.streamsChecked.toLocaleString('en-GB')}{' '}
            streams checked{took !== null ? ` in ${took.toFixed(1)} s` : ''}.
          </p>
          {report.problems.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th scope="col">Problem</th>
                  <th scope="col">Stream</th>
                  <th scope="col">Version</th>
                  <th scope="col">What</th>
                </tr>
              </thead>
              <tbody>
                {report.problems.map((p, i) => (
                  <tr key={i}>
                    <td>{p.kind}</td>
                    <td>
                      {timelineLink(p.streamId) ? <Link to={timelineLink(p.streamId)!}>{p.streamId}</Link> : p.streamId}
                    </td>
                    <td>{p.version ?? '—'}</td>
                    <td>{p.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
    </>
  );
}
