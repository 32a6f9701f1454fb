import { useSearchParams } from 'react-router';
import { GROUP_NAMES, type Council, type IntakeList } from '../../api/centre-types';
import { SelectField } from '../../components/form-fields';
import { LoadError, Loading, pounds, shortDate } from '../../components/status';
import { useResource } from '../../components/use-resource';

const GROUPS = Object.keys(GROUP_NAMES) as (keyof typeof GROUP_NAMES)[];
const STATUS_WORDS: Record<Council['status'], string> = {
  applied: 'Awaiting a decision',
  selected: 'Selected',
  declined: 'Declined',
};

/** The Centre for Social Work: the plan's intakes against what was entered, and each intake's councils. Read only. */
export default function CentreIntakesPage() {
  const [params, setParams] = useSearchParams();
  const intakes = useResource<IntakeList>('/api/centre/intakes');
  const items = intakes.data?.items ?? [];
  const year = params.get('year') ?? (items[0] ? String(items[0].year) : null);
  const councils = useResource<{ items: Council[] }>(year ? `/api/centre/intakes/${year}/councils` : null);
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
      {councils.data && (
        <div className="table-scroll">
          <table data-testid="centre-councils">
            <caption>Councils of the Year {year} intake, with their decisions and participants</caption>
            <thead>
              <tr>
                <th scope="col">Council</th>
                <th scope="col">Ofsted</th>
                <th scope="col">Decision</th>
                {GROUPS.map((g) => (
                  <th scope="col" key={g}>
                    {GROUP_NAMES[g]}
                  </th>
                ))}
                <th scope="col">Completed</th>
                <th scope="col">Fees</th>
                <th scope="col">On-site support</th>
              </tr>
            </thead>
            <tbody>
              {councils.data.items.length === 0 && (
                <tr>
                  <td colSpan={6 + GROUPS.length}>No council has applied.</td>
                </tr>
              )}
              {councils.data.items.map((c) => (
                <tr key={c.id} data-testid={`council-${c.id}`}>
                  <th scope="row">{c.name}</th>
                  <td>{c.ofstedRating}</td>
                  <td data-testid="decision">
                    {STATUS_WORDS[c.status]}
                    {c.decidedOn && ` on ${shortDate(c.decidedOn)}`}
                    {c.decisionReason && <span className="hint block">{c.decisionReason}</span>}
                  </td>
                  {GROUPS.map((g) => (
                    <td key={g} data-testid={g}>
                      {c.participants[g]}
                    </td>
                  ))}
                  <td>{c.completed}</td>
                  <td data-testid="fees">{pounds(c.feesPence)}</td>
                  <td data-testid="on-site">
                    {c.onSiteDays} {c.onSiteDays === 1 ? 'day' : 'days'}, {c.onSiteHours} h
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
