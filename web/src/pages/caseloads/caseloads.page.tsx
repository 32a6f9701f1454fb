import { Link, useSearchParams } from 'react-router';
import type { CaseloadCandidates, CaseloadCapacity, CaseloadList } from '../../api/caseload-types';
import { BOROUGHS, BOROUGH_NAMES, STAFF_ROLE_NAMES, type Staff } from '../../api/types';
import { SelectField } from '../../components/form-fields';
import { LoadError, Loading, shortDate, wte } from '../../components/status';
import { useAllPages } from '../../components/use-all-pages';
import { useResource } from '../../components/use-resource';
import { CapacityTable } from './capacity-table';
import { hoursText, onSiteText, orNone, overCapFirst } from './caseload-figures';

/**
 * The caseload board for Heads of Clinical Practice: open cases against each person's cap, those
 * over it highlighted, the week's on-site support to Centre councils and what it leaves (ADR 0051),
 * capacity by borough and role, and who could take clinician work next. Each name opens that
 * person's caseload, where changes are recorded.
 */
export default function CaseloadsPage() {
  const [params, setParams] = useSearchParams();
  const borough = params.get('borough') ?? '';
  const scope = { borough: borough || undefined };
  const list = useResource<CaseloadList>('/api/caseloads', scope);
  const capacity = useResource<CaseloadCapacity>('/api/caseloads/capacity', scope);
  const candidates = useResource<CaseloadCandidates>('/api/caseloads/candidates', scope);
  // The caseload views keep ids only (ADR 0050); names come from the staff list at the same cut.
  const staff = useAllPages<Staff>('/api/staff', {});
  const names = new Map((staff.items ?? []).map((s) => [s.id, s.name]));
  const nameOf = (id: string) => names.get(id) ?? id.slice(0, 8);
  const l = list.data;
  return (
    <>
      <h1>Caseloads</h1>
      <form className="filters" aria-label="Choose the scope" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Scope"
          name="borough"
          value={borough}
          onChange={(e) => setParams(e.target.value ? { borough: e.target.value } : {})}
          options={[['', 'All three boroughs'], ...BOROUGHS.map((b): [string, string] => [b, BOROUGH_NAMES[b]])]}
        />
      </form>
      <LoadError error={list.error ?? capacity.error ?? candidates.error} />
      {list.loading && !l && <Loading what="the caseloads" />}
      {l && (
        <>
          <p className="hint" data-testid="caseload-week">
            Plan revision {orNone(l.planRevision, 'none')}. On-site support counted for the week{' '}
            {shortDate(l.onSiteSupportWeek.from)} to {shortDate(l.onSiteSupportWeek.to)}, as a share of a{' '}
            {l.onSiteSupportWeek.fullTimeHoursPerWeek}-hour week.
          </p>
          {l.items.length === 0 ? (
            <p>Nobody holds cases or has a cap in force.</p>
          ) : (
            <div className="table-scroll">
              <table data-testid="caseload-board">
                <caption>Open cases against caps, those over first</caption>
                <thead>
                  <tr>
                    <th scope="col">Person</th>
                    <th scope="col">Borough</th>
                    <th scope="col">Role</th>
                    <th scope="col">FTE</th>
                    <th scope="col">Open cases</th>
                    <th scope="col">Cap</th>
                    <th scope="col">Headroom</th>
                    <th scope="col">On site this week</th>
                    <th scope="col">FTE left</th>
                    <th scope="col">Cap left</th>
                    <th scope="col">Headroom left</th>
                  </tr>
                </thead>
                <tbody>
                  {overCapFirst(l.items).map((line) => (
                    <tr
                      key={line.staffId}
                      data-testid={`caseload-${line.staffId}`}
                      className={line.overCap ? 'warn' : undefined}
                    >
                      <th scope="row">
                        <Link to={`/caseloads/${line.staffId}`}>{nameOf(line.staffId)}</Link>
                        {line.overCap && <span className="tag">over cap</span>}
                        {line.dualQualified && <span className="tag">dual qualified</span>}
                      </th>
                      <td>{line.borough}</td>
                      <td>{STAFF_ROLE_NAMES[line.role]}</td>
                      <td>{wte(line.fteHundredths)}</td>
                      <td data-testid="open-cases">{line.openCases}</td>
                      <td data-testid="cap">
                        {orNone(line.cap)}
                        {line.capSource === 'individual' && <span className="tag">individual</span>}
                      </td>
                      <td data-testid="headroom">{orNone(line.headroom, '—')}</td>
                      <td data-testid="on-site" aria-label={`On site this week: ${onSiteText(line)}`}>
                        {hoursText(line.onSiteSupport.hours)}
                      </td>
                      <td data-testid="fte-left">{wte(line.onSiteSupport.availableFteHundredths)}</td>
                      <td data-testid="cap-left">{orNone(line.onSiteSupport.availableCap)}</td>
                      <td data-testid="headroom-left">{orNone(line.onSiteSupport.availableHeadroom, '—')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {capacity.data && <CapacityTable capacity={capacity.data} />}
      {candidates.data && (
        <>
          <h2>Candidates for the next integration step</h2>
          <p data-testid="integration-step">
            {candidates.data.step
              ? `Year ${candidates.data.step.year}, from ${shortDate(candidates.data.step.startsOn)}: ` +
                `${wte(candidates.data.step.riseWteHundredths)} WTE more integrated.`
              : 'The plan has no further integration step.'}
          </p>
          {candidates.data.candidates.length === 0 ? (
            <p>No dual-qualified staff outside the clinical team have places free.</p>
          ) : (
            <ul data-testid="candidates">
              {candidates.data.candidates.map((c) => (
                <li key={c.staffId}>
                  <Link to={`/staff/${c.staffId}`}>{nameOf(c.staffId)}</Link> ({c.borough}, {wte(c.fteHundredths)} FTE):{' '}
                  {c.headroom} places free
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
