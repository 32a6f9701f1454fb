import { useParams, Link } from 'react-router';
import type { Cohort } from '../../api/types';
import { useAsAt } from '../../as-at/as-at-context';
import { LoadError, Loading, shortDate } from '../../components/status';
import { useResource } from '../../components/use-resource';
import { may } from '../../session/access';
import { useSession } from '../../session/session-context';
import { EnrolForm, OutcomeForm } from './cohort-forms';

const STATUS_WORDS: Record<string, string> = {
  enrolled: 'Holds a place',
  completed: 'Completed',
  failed: 'Did not pass',
  withdrawn: 'Withdrew',
  deferred: 'Deferred',
  removed: 'Passed over on the waiting list',
};

export function CohortPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const { active: pastView } = useAsAt();
  const cohort = useResource<Cohort>(`/api/cohorts/${id}`);
  if (cohort.loading && !cohort.data) return <Loading what="the cohort" />;
  if (!cohort.data) return <LoadError error={cohort.error} />;
  const c = cohort.data;
  const writes = user !== null && may(user.roles, 'staff.write') && !pastView;
  return (
    <>
      <h1>{c.name}</h1>
      <dl className="facts">
        <dt>Level</dt>
        <dd>Year {c.level}</dd>
        <dt>Provider</dt>
        <dd>{c.provider}</dd>
        <dt>Runs</dt>
        <dd>
          {shortDate(c.startsOn)} to {shortDate(c.endsOn)}
        </dd>
        <dt>Places</dt>
        <dd>{c.capacity}</dd>
        <dt>Places left</dt>
        <dd data-testid="places-left">{c.placesLeft}</dd>
        <dt>Completed</dt>
        <dd>{c.completed}</dd>
      </dl>
      {writes && <EnrolForm cohort={c} onDone={cohort.reload} />}
      <section aria-labelledby="roster-title">
        <h2 id="roster-title">Roster</h2>
        {c.roster.length === 0 ? (
          <p>Nobody yet.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Status</th>
                <th scope="col">Enrolled</th>
                <th scope="col">Outcome on</th>
                {writes && <th scope="col">Outcome</th>}
              </tr>
            </thead>
            <tbody>
              {c.roster.map((m) => (
                <tr key={m.staffId}>
                  <td>
                    <Link to={`/staff/${m.staffId}`}>{m.name ?? m.staffId}</Link>
                  </td>
                  <td>{STATUS_WORDS[m.status] ?? m.status}</td>
                  <td>{shortDate(m.enrolledOn)}</td>
                  <td>{shortDate(m.outcomeOn)}</td>
                  {writes && (
                    <td>{m.status === 'enrolled' && <OutcomeForm cohort={c} member={m} onDone={cohort.reload} />}</td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="waiting-title">
        <h2 id="waiting-title">Waiting list</h2>
        {c.waitingList.length === 0 ? (
          <p>Nobody is waiting.</p>
        ) : (
          <ol>
            {c.waitingList.map((w) => (
              <li key={w.staffId}>
                <Link to={`/staff/${w.staffId}`}>{w.name ?? w.staffId}</Link>, waiting since {shortDate(w.waitlistedOn)}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
