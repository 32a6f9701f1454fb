import { Link, useParams } from 'react-router';
import {
  RATING_WORDS,
  type Council,
  type IntakeList,
  type OnSiteSupportDay,
  type Participant,
} from '../../api/centre-types';
import type { Page, Staff } from '../../api/types';
import { useAsAt } from '../../as-at/as-at-context';
import { LoadError, Loading, pounds, shortDate } from '../../components/status';
import { useAllPages } from '../../components/use-all-pages';
import { useResource } from '../../components/use-resource';
import { may } from '../../session/access';
import { useSession } from '../../session/session-context';
import { staffOptions } from './centre-forms';
import { DecisionForm, OnSiteSupportForm, RegisterForm } from './council-forms';
import { decisionWords, onSiteWords } from './councils-table';
import { ParticipantsByGroup } from './participants-table';

/** One council of an intake: its decision, participants by group with places left, and on-site support. */
export default function CentreCouncilPage() {
  const { year = '', id = '' } = useParams();
  const { user } = useSession();
  const { active: pastView } = useAsAt();
  const writes = user !== null && may(user.roles, 'centre.write') && !pastView;
  const council = useResource<Council>(`/api/centre/intakes/${year}/councils/${id}`);
  const intakes = useResource<IntakeList>('/api/centre/intakes');
  const participants = useResource<Page<Participant>>('/api/centre/participants', {
    intakeYear: year,
    councilId: id,
    pageSize: 500,
  });
  const support = useResource<{ items: OnSiteSupportDay[] }>('/api/centre/on-site-support', {
    intakeYear: year,
    councilId: id,
  });
  const clinicians = useAllPages<Staff>('/api/staff', { role: 'clinician' });
  const refresh = () => {
    council.reload();
    intakes.reload();
    participants.reload();
    support.reload();
  };
  if (council.loading && !council.data) return <Loading what="the council" />;
  if (!council.data) return <LoadError error={council.error} />;
  const c = council.data;
  const intake = intakes.data?.items.find((i) => String(i.year) === year);
  const names = new Map((clinicians.items ?? []).map((s) => [s.id, s.name]));
  return (
    <>
      <p>
        <Link to={`/centre?year=${year}`}>Intakes and councils</Link>
      </p>
      <h1>{c.name}</h1>
      <dl className="facts">
        <dt>Intake</dt>
        <dd>
          Year {c.intakeYear}
          {intake && `, from ${shortDate(intake.startsOn)}`}
        </dd>
        <dt>Ofsted rating</dt>
        <dd>{RATING_WORDS[c.ofstedRating] ?? c.ofstedRating}</dd>
        <dt>Leadership stability</dt>
        <dd>{c.leadershipNotes}</dd>
        <dt>Applied</dt>
        <dd>{shortDate(c.appliedOn)}</dd>
        <dt>Decision</dt>
        <dd data-testid="decision">
          {decisionWords(c)}
          {c.decisionReason && `: ${c.decisionReason}`}
        </dd>
        <dt>Fees</dt>
        <dd data-testid="fees">{pounds(c.feesPence)}</dd>
        <dt>On-site support</dt>
        <dd data-testid="on-site-total">{onSiteWords(c)}</dd>
      </dl>
      <LoadError error={intakes.error ?? participants.error ?? support.error} />
      {writes && c.status === 'applied' && <DecisionForm council={c} onDone={refresh} />}
      <section aria-labelledby="participants-title">
        <h2 id="participants-title">Participants</h2>
        {intake && participants.data && (
          <ParticipantsByGroup
            intake={intake}
            plan={intakes.data!}
            taken={c.participants}
            participants={participants.data.items}
            writes={writes}
            onDone={refresh}
          />
        )}
      </section>
      {writes && intake && c.status === 'selected' && <RegisterForm intake={intake} council={c} onDone={refresh} />}
      <section aria-labelledby="support-title">
        <h2 id="support-title">On-site support given</h2>
        {support.data && support.data.items.length === 0 && <p>None recorded.</p>}
        {support.data && support.data.items.length > 0 && (
          <table data-testid="on-site-days">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Given by</th>
                <th scope="col">Hours</th>
              </tr>
            </thead>
            <tbody>
              {support.data.items.map((d) => (
                <tr key={`${d.staffId}-${d.on}`}>
                  <td>{shortDate(d.on)}</td>
                  <td>
                    <Link to={`/staff/${d.staffId}`}>{names.get(d.staffId) ?? 'Member of staff'}</Link>
                  </td>
                  <td>{d.hours}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {writes && c.status === 'selected' && (
        <OnSiteSupportForm
          council={c}
          clinicians={staffOptions(clinicians.items ?? [])}
          hoursPerDay={intakes.data?.onSiteHoursPerDay ?? null}
          onDone={refresh}
        />
      )}
    </>
  );
}
