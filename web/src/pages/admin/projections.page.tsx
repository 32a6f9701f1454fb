import { useEffect, useState } from 'react';
import type { ProjectionStatus, RebuildJob } from '../../api/types';
import { CommandMessages } from '../../components/form-fields';
import { instant } from '../../components/status';
import { useCommand } from '../../components/use-command';
import { useResource } from '../../components/use-resource';
import { useApi } from '../../session/session-context';

/** Projection positions and lag, and a rebuild from zero with its progress, polled from the job. */
export function ProjectionsPage() {
  const api = useApi();
  const status = useResource<ProjectionStatus[]>('/api/admin/projections');
  const command = useCommand([]);
  const [job, setJob] = useState<RebuildJob | null>(null);
  const reloadStatus = status.reload;

  useEffect(() => {
    if (!job || job.state !== 'running') return;
    const timer = setTimeout(() => {
      api.get<RebuildJob>(`/api/admin/projections/rebuild/${job.id}`).then(
        (next) => {
          setJob(next);
          if (next.state !== 'running') reloadStatus();
        },
        () => setJob({ ...job }),
      );
    }, 300);
    return () => clearTimeout(timer);
  }, [api, job, reloadStatus]);

  const start = () =>
    void command.run(async () => {
      setJob(await api.send<RebuildJob>('POST', '/api/admin/projections/rebuild', {}));
    });
  const done = job ? job.projections.indexOf(job.current ?? '') : -1;
  const finished = job?.state === 'running' ? Math.max(0, done) : (job?.projections.length ?? 0);
  return (
    <>
      <h1>Projections</h1>
      {status.data && (
        <table>
          <thead>
            <tr>
              <th scope="col">Projection</th>
              <th scope="col">Events applied</th>
              <th scope="col">Behind by</th>
              <th scope="col">Updated</th>
              <th scope="col">Followed here</th>
              <th scope="col">Last error</th>
            </tr>
          </thead>
          <tbody>
            {status.data.map((p) => (
              <tr key={p.name}>
                <td>{p.name}</td>
                <td>{p.eventsApplied.toLocaleString('en-GB')}</td>
                <td>
                  {p.lag.toLocaleString('en-GB')}
                  {p.lagCapped ? '+' : ''}
                </td>
                <td>{p.updatedAt ? instant(p.updatedAt) : '—'}</td>
                <td>{p.followedHere ? 'Yes' : 'No'}</td>
                <td>{p.lastError ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>Rebuild</h2>
      <p>Replays every projection from the first event into fresh tables and swaps them in at once.</p>
      <button type="button" onClick={start} disabled={command.busy || job?.state === 'running'}>
        Rebuild all projections
      </button>
      <CommandMessages command={command} />
      {job && (
        <div className="progress" role="status" data-testid="rebuild-progress">
          <progress max={job.projections.length} value={finished} aria-label="Projections rebuilt" />
          <span>
            {job.state === 'running'
              ? `Rebuilding ${job.current ?? '…'} (${finished + 1} of ${job.projections.length}), ${job.eventsApplied.toLocaleString('en-GB')} events applied`
              : job.state === 'done'
                ? `Rebuilt ${job.projections.length} projections from ${job.eventsApplied.toLocaleString('en-GB')} events`
                : `Rebuild failed: ${job.error}`}
          </span>
        </div>
      )}
    </>
  );
}
