import { Link, useSearchParams } from 'react-router';
import type { Council, IntakeList } from '../../api/centre-types';
import { useAsAt } from '../../as-at/as-at-context';
import { SelectField } from '../../components/form-fields';
import { LoadError, Loading, pounds, shortDate } from '../../components/status';
import { useResource } from '../../components/use-resource';
import { may } from '../../session/access';
import { useSession } from '../../session/session-context';
import { CouncilsTable } from './councils-table';
import { ApplicationForm } from './intake-forms';

/**
 * The Centre for Social Work: the plan's intakes against what was entered, and each intake's
 * councils, with the application form and the way to the day's register for those who run intakes.
 */
export default function CentreIntakesPage() {
  const [params, setParams] = useSearchParams();
  const { user } = useSession();
  const { active: pastView } = useAsAt();
  const writes = user !== null && may(user.roles, 'centre.write') && !pastView;
  const intakes = useResource<IntakeList>('/api/centre/intakes');
  const items = intakes.data?.items ?? [];
  const year = params.get('year') ?? (items[0] ? String(items[0].year) : null);
  const intake = items.find((i) => String(i.year) === year);
  const councils = useResource<{ items: Council[] }>(year ? `/api/centre/intakes/${year}/councils` : null);
  const refresh = () => {
    intakes.reload();
    councils.reload();
  };
  return (
    <>
      <h1>Centre for Social Work</h1>
      <LoadError error={intakes.error ?? councils.error} />
      {intakes.loading && !intakes.data && <Loading what="the intakes" />}
      {intakes.data && (
        <div className="table-scroll">
          <table data-testid="centre-intakes">
            <caption>Intakes, plan revision {intakes.data.planRevision}: planned against entered</caption>
            <thead>
              <tr>
                <th scope="col">Intake</th>
                <th scope="col">Selection closes</th>
                <th scope="col">Councils selected / planned</th>
                <th scope="col">Awaiting / declined</th>
                <th scope="col">Participants / places</th>
                <th scope="col">Completed</th>
                <th scope="col">On-site days given / planned</th>
                <th scope="col">Invoiced / planned income</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.year} data-testid={`intake-${i.year}`}>
                  <th scope="row">
                    Year {i.year}, from {shortDate(i.startsOn)}
                  </th>
                  <td>{shortDate(i.selectionClosesOn)}</td>
                  <td data-testid="councils">
                    {i.councilsSelected} / {i.councilsPlanned}
                  </td>
                  <td>
                    {i.councilsApplied} / {i.councilsDeclined}
                  </td>
                  <td data-testid="participants">
                    {i.participantsTotal} / {i.placesPlanned}
                  </td>
                  <td>{i.completed}</td>
                  <td data-testid="on-site">
                    {i.onSiteDaysGiven} / {i.onSiteDaysPlanned} ({i.onSiteHours} h)
                  </td>
                  <td data-testid="income">
                    {pounds(i.invoicedPence)} / {pounds(i.plannedIncomePence)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {items.length > 0 && (
        <form className="filters" aria-label="Choose the intake" onSubmit={(e) => e.preventDefault()}>
          <SelectField
            label="Intake"
            name="year"
            value={year ?? ''}
            onChange={(e) => setParams({ year: e.target.value })}
            options={items.map((i): [string, string] => [String(i.year), `Year ${i.year}`])}
          />
        </form>
      )}
      {intake && writes && (
        <p>
          <Link to={`/centre/${intake.year}/attendance`}>
            Record a day’s attendance for the Year {intake.year} intake
          </Link>
        </p>
      )}
      {councils.data && year && <CouncilsTable year={year} councils={councils.data.items} />}
      {intake && writes && <ApplicationForm intake={intake} onDone={refresh} />}
    </>
  );
}
