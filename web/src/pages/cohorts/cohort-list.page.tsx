import type { FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CohortSummary, Page } from '../../api/types';
import { useAsAt } from '../../as-at/as-at-context';
import { FormActions, SelectField, TextField, formValues } from '../../components/form-fields';
import { LoadError, Loading, shortDate } from '../../components/status';
import { useCommand } from '../../components/use-command';
import { useResource } from '../../components/use-resource';
import { may } from '../../session/access';
import { useApi, useSession } from '../../session/session-context';

const LEVELS: [string, string][] = [
  ['1', 'Year 1 (foundation)'],
  ['2', 'Year 2 (intermediate)'],
  ['3', 'Year 3 (MSc, first year)'],
  ['4', 'Year 4 (MSc, second year)'],
];

export function CohortListPage() {
  const [params, setParams] = useSearchParams();
  const { user } = useSession();
  const { active: pastView } = useAsAt();
  const level = params.get('level') ?? '';
  const cohorts = useResource<Page<CohortSummary>>('/api/cohorts', { level, pageSize: 500 });
  return (
    <>
      <h1>Cohorts</h1>
      <form
        className="filters"
        aria-label="Filter cohorts"
        onSubmit={(e) => {
          e.preventDefault();
          const { level: chosen } = formValues(e.currentTarget);
          setParams(chosen ? { level: chosen } : {});
        }}
      >
        <SelectField label="Level" name="level" defaultValue={level} options={[['', 'Every level'], ...LEVELS]} />
        <div className="form-actions">
          <button type="submit">Apply filter</button>
        </div>
      </form>
      <LoadError error={cohorts.error} />
      {cohorts.loading && !cohorts.data && <Loading what="cohorts" />}
      {cohorts.data && (
        <table>
          <thead>
            <tr>
              <th scope="col">Cohort</th>
              <th scope="col">Level</th>
              <th scope="col">Provider</th>
              <th scope="col">Runs</th>
              <th scope="col">Places</th>
              <th scope="col">Places left</th>
              <th scope="col">Waiting</th>
            </tr>
          </thead>
          <tbody>
            {cohorts.data.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/cohorts/${c.id}`}>{c.name}</Link>
                </td>
                <td>Year {c.level}</td>
                <td>{c.provider}</td>
                <td>
                  {shortDate(c.startsOn)} to {shortDate(c.endsOn)}
                </td>
                <td>{c.capacity}</td>
                <td>{c.placesLeft}</td>
                <td>{c.waitlisted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {user && may(user.roles, 'staff.write') && !pastView && <ScheduleCohortForm />}
    </>
  );
}

function ScheduleCohortForm() {
  const api = useApi();
  const navigate = useNavigate();
  const command = useCommand(['level', 'name', 'provider', 'startsOn', 'endsOn', 'capacity', 'reason']);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const { level, capacity, ...rest } = formValues(event.currentTarget);
    const body = {
      ...rest,
      level: Number(level),
      capacity: capacity && /^\d+$/.test(capacity) ? Number(capacity) : capacity,
    };
    void command.run(async () => {
      const { id } = await api.send<{ id: string }>('POST', '/api/cohorts', body);
      navigate(`/cohorts/${id}`);
    });
  };
  return (
    <section aria-labelledby="schedule-title" className="actions">
      <h2 id="schedule-title">Schedule a cohort</h2>
      <form onSubmit={submit} noValidate aria-label="Schedule a cohort">
        <SelectField label="Level" name="level" command={command} options={LEVELS} />
        <TextField label="Name" name="name" command={command} required />
        <TextField label="Provider" name="provider" command={command} required />
        <TextField label="Starts on" name="startsOn" type="date" command={command} required />
        <TextField label="Ends on" name="endsOn" type="date" command={command} required />
        <TextField label="Places" name="capacity" inputMode="numeric" command={command} required />
        <TextField label="Reason (optional)" name="reason" command={command} />
        <FormActions command={command} label="Schedule" />
      </form>
    </section>
  );
}
