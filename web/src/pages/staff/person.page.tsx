import { Link, useParams } from 'react-router';
import { BOROUGH_NAMES, STAFF_ROLE_NAMES, type History, type Post, type Staff } from '../../api/types';
import { useAsAt } from '../../as-at/as-at-context';
import { LoadError, Loading, shortDate } from '../../components/status';
import { Timeline } from '../../components/timeline';
import { useAllPages } from '../../components/use-all-pages';
import { useResource } from '../../components/use-resource';
import { may } from '../../session/access';
import { useSession } from '../../session/session-context';
import { LadderTrack } from './ladder-track';
import { ChangeDetailsForm, LeaverForm, QualificationForm } from './person-forms';

const QUALIFICATION_NAMES: Record<string, string> = {
  'social-work-registration': 'Social work registration',
  'systemic-level': 'Systemic level (prior learning)',
  'family-therapy': 'Family therapy qualification',
};

export function PersonPage() {
  const { id = '' } = useParams();
  const { user } = useSession();
  const { active: pastView } = useAsAt();
  const person = useResource<Staff>(`/api/staff/${id}`);
  const history = useResource<History>(`/api/staff/${id}/history`);
  const posts = useAllPages<Post>('/api/posts', {}, person.data?.version ?? 0);
  const reload = () => {
    person.reload();
    history.reload();
  };
  if (person.loading && !person.data) return <Loading what="this person" />;
  if (!person.data) return <LoadError error={person.error} />;
  const p = person.data;
  const held = (posts.items ?? []).filter((post) => post.holders.some((h) => h.staffId === p.id));
  const writes = user !== null && may(user.roles, 'staff.write') && !pastView && !p.leftOn;
  const enrolmentEntries = (history.data?.entries ?? []).filter((e) =>
    /^(Enrolment|SystemicLevelCompleted|Waitlist|DualQualification)/.test(e.type),
  );
  return (
    <>
      <div className="page-head">
        <h1>{p.name}</h1>
        {p.dualQualified && (
          <span className="badge badge--good" data-testid="dual-qualified">
            Dual qualified since {shortDate(p.dualQualifiedOn)}
          </span>
        )}
        {p.leftOn && <span className="badge">Left on {shortDate(p.leftOn)}</span>}
      </div>
      <dl className="facts">
        <dt>Borough</dt>
        <dd>{BOROUGH_NAMES[p.borough]}</dd>
        <dt>Role</dt>
        <dd>{STAFF_ROLE_NAMES[p.role] ?? p.role}</dd>
        <dt>FTE</dt>
        <dd>{p.fte.toFixed(2)}</dd>
        <dt>Started</dt>
        <dd>{shortDate(p.startedOn)}</dd>
        <dt>Social work registration</dt>
        <dd>
          {p.registration
            ? `${p.registration.number} since ${shortDate(p.registration.registeredOn)}`
            : 'Not registered'}
        </dd>
        {p.leftReason && (
          <>
            <dt>Why they left</dt>
            <dd>{p.leftReason}</dd>
          </>
        )}
      </dl>
      <p>
        <Link to={`/caseloads/${p.id}`}>Caseload: open cases, cap and history</Link>
      </p>
      <LadderTrack person={p} />
      <section aria-labelledby="enrolments-title">
        <h2 id="enrolments-title">Enrolments</h2>
        {p.currentEnrolment ? (
          <p>
            {p.currentEnrolment.status === 'enrolled' ? 'Holds a place' : 'Waiting for a place'} at Year{' '}
            {p.currentEnrolment.level}: <Link to={`/cohorts/${p.currentEnrolment.cohortId}`}>open the cohort</Link>
          </p>
        ) : (
          <p>No current enrolment.</p>
        )}
        {enrolmentEntries.length > 0 && (
          <ul className="plain">
            {enrolmentEntries.map((e) => (
              <li key={e.eventId}>
                {shortDate(e.effectiveOn)}: {e.summary}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="qualifications-title">
        <h2 id="qualifications-title">Qualifications</h2>
        {p.qualifications.length === 0 ? (
          <p>None recorded.</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">Qualification</th>
                <th scope="col">Achieved</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {p.qualifications.map((q, i) => (
                <tr key={i}>
                  <td>
                    {QUALIFICATION_NAMES[q.kind] ?? q.kind}
                    {q.level ? `, Year ${q.level}` : ''}
                    {q.registrationNumber ? ` (${q.registrationNumber})` : ''}
                  </td>
                  <td>{shortDate(q.achievedOn)}</td>
                  <td>{q.evidenceRef}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="posts-title">
        <h2 id="posts-title">Posts</h2>
        <LoadError error={posts.error} />
        {held.length === 0 ? (
          <p>{posts.items ? 'Holds no post.' : 'Loading posts…'}</p>
        ) : (
          <ul className="plain">
            {held.map((post) =>
              post.holders
                .filter((h) => h.staffId === p.id)
                .map((h) => (
                  <li key={`${post.id}-${h.from}`}>
                    <Link to={`/audit/timeline/post/${post.id}`}>{post.title}</Link> ({post.borough},{' '}
                    {post.wte.toFixed(2)} WTE) from {shortDate(h.from)}
                    {h.to ? ` to ${shortDate(h.to)}` : ', now'}
                  </li>
                )),
            )}
          </ul>
        )}
      </section>
      {writes && (
        <section aria-labelledby="actions-title" className="actions">
          <h2 id="actions-title">Record a change</h2>
          <ChangeDetailsForm person={p} onDone={reload} />
          <QualificationForm person={p} onDone={reload} />
          <LeaverForm person={p} onDone={reload} />
        </section>
      )}
      <LoadError error={history.error} />
      {history.data && <Timeline entries={history.data.entries} />}
    </>
  );
}
