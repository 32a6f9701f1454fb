import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { History } from '../../api/types';
import { LoadError, Loading } from '../../components/status';
import { Timeline } from '../../components/timeline';
import { useResource } from '../../components/use-resource';

const PATHS: Record<string, (id: string) => string> = {
  staff: (id) => `/api/staff/${id}/history`,
  post: (id) => `/api/posts/${id}/history`,
  plan: () => '/api/plan/history',
};

/** A person's, a post's or the plan's timeline: every event of its stream in words. */
export function TimelinePage() {
  const { kind = '', id = '' } = useParams();
  const path = PATHS[kind] && (kind === 'plan' || id) ? PATHS[kind](id) : null;
  const history = useResource<History>(path);
  return (
    <>
      <h1>Timeline</h1>
      <TimelinePicker key={`${kind}/${id}`} kind={kind} id={id} />
      {path === null ? null : history.loading && !history.data ? (
        <Loading what="the timeline" />
      ) : (
        <>
          <LoadError error={history.error} />
          {history.data && (
            <>
              <p>
                Stream <code>{history.data.streamId}</code>
                {kind === 'staff' && (
                  <>
                    {' · '}
                    <Link to={`/staff/${id}`}>the person's page</Link>
                  </>
                )}
              </p>
              <Timeline entries={history.data.entries} title="Events" />
            </>
          )}
        </>
      )}
    </>
  );
}

function TimelinePicker({ kind, id }: { kind: string; id: string }) {
  const navigate = useNavigate();
  const [chosenKind, setKind] = useState(kind || 'staff');
  const [chosenId, setId] = useState(id);
  return (
    <form
      className="filters"
      aria-label="Choose a timeline"
      onSubmit={(e) => {
        e.preventDefault();
        navigate(chosenKind === 'plan' ? '/audit/timeline/plan' : `/audit/timeline/${chosenKind}/${chosenId.trim()}`);
      }}
    >
      <div className="field">
        <label htmlFor="timeline-kind">Whose timeline</label>
        <select id="timeline-kind" value={chosenKind} onChange={(e) => setKind(e.target.value)}>
          <option value="staff">A person</option>
          <option value="post">A post</option>
          <option value="plan">The tapering plan</option>
        </select>
      </div>
      {chosenKind !== 'plan' && (
        <div className="field">
          <label htmlFor="timeline-id">Id</label>
          <span className="hint" id="timeline-id-hint">
            From the person's or post's page, or the event log
          </span>
          <input
            id="timeline-id"
            aria-describedby="timeline-id-hint"
            value={chosenId}
            onChange={(e) => setId(e.target.value)}
          />
        </div>
      )}
      <div className="form-actions">
        <button type="submit">Show timeline</button>
      </div>
    </form>
  );
}
