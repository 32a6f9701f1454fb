import { Link, useParams } from 'react-router';
import type { CaseloadHistory, CaseloadLine, CaseloadList } from '../../api/caseload-types';
import { BOROUGH_NAMES, STAFF_ROLE_NAMES, type Staff } from '../../api/types';
import { useAsAt } from '../../as-at/as-at-context';
import { LoadError, Loading, shortDate, wte } from '../../components/status';
import { useResource } from '../../components/use-resource';
import { may } from '../../session/access';
import { useSession } from '../../session/session-context';
import { headroomText, orNone } from './caseload-figures';
import { CaseloadForms } from './caseload-forms';
import { CaseloadHistoryTable } from './caseload-history';

function Figures({ line }: { line: CaseloadLine }) {
  return (
    <dl className="facts" data-testid="caseload-figures">
      <dt>Open cases</dt>
      <dd data-testid="open-cases">
        {line.openCases}
        {line.countedOn && <span className="hint"> (last counted as at {shortDate(line.countedOn)})</span>}
      </dd>
      <dt>Cap</dt>
      <dd data-testid="cap">
        {orNone(line.cap)}
        {line.capSource === 'individual' && <span className="tag">individual</span>}
        {line.capSource === 'plan' && (
          <span className="hint"> (the plan’s cap for the role, pro rata to {wte(line.fteHundredths)} FTE)</span>
        )}
      </dd>
      <dt>Headroom</dt>
      <dd data-testid="headroom" className={line.overCap ? 'bad' : undefined}>
        {headroomText(line.headroom)}
      </dd>
    </dl>
  );
}

/**
 * One person's caseload: today's figures from the board's own read asked for this person alone (so
 * the two always agree), the history of changes, and the forms a clinical lead records with. Every
 * role may read it, as the API's reads allow; the forms follow the API's writers and are hidden in
 * the as-at view.
 */
export default function PersonCaseloadPage() {
  const { staffId = '' } = useParams();
  const id = staffId.toLowerCase();
  const { user } = useSession();
  const { active: pastView } = useAsAt();
  const person = useResource<Staff>(`/api/staff/${id}`);
  const list = useResource<CaseloadList>('/api/caseloads', { staffId: id });
  const history = useResource<CaseloadHistory>(`/api/staff/${id}/caseload/history`);
  const reload = () => {
    list.reload();
    history.reload();
  };
  if (person.loading && !person.data) return <Loading what="this person" />;
  if (!person.data) return <LoadError error={person.error} />;
  const p = person.data;
  const line = list.data?.items[0] ?? null;
  const writes = user !== null && may(user.roles, 'caseloads.write') && !pastView;
  return (
    <>
      <div className="page-head">
        <h1>Caseload: {p.name}</h1>
        {line?.overCap && (
          <span className="badge badge--bad" data-testid="over-cap-badge">
            Over cap
          </span>
        )}
        {p.leftOn && <span className="badge">Left on {shortDate(p.leftOn)}</span>}
      </div>
      <p>
        {BOROUGH_NAMES[p.borough]}, {STAFF_ROLE_NAMES[p.role] ?? p.role}, {p.fte.toFixed(2)} FTE.{' '}
        <Link to={`/staff/${p.id}`}>Staff record</Link>
        {' · '}
        <Link to="/caseloads">Caseload board</Link>
      </p>
      <LoadError error={list.error} />
      {list.loading && !list.data && <Loading what="the caseload" />}
      {list.data &&
        (line ? (
          <Figures line={line} />
        ) : (
          <p data-testid="caseload-figures">
            Not on the board on this date: no open cases and no cap in force, or not in post.
          </p>
        ))}
      {writes && (
        <>
          {p.leftOn && (
            <p className="hint">
              Changes dated before {shortDate(p.leftOn)} can still be recorded, such as the closures that emptied their
              caseload.
            </p>
          )}
          <CaseloadForms staffId={id} onDone={reload} />
        </>
      )}
      <LoadError error={history.error} />
      {history.data && <CaseloadHistoryTable entries={history.data.entries} />}
    </>
  );
}
