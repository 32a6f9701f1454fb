import type { CapacityFigures, CaseloadCapacity } from '../../api/caseload-types';
import { STAFF_ROLE_NAMES } from '../../api/types';
import { wte } from '../../components/status';
import { hoursText } from './caseload-figures';

function Figures({ f }: { f: CapacityFigures }) {
  return (
    <>
      <td>{f.people}</td>
      <td>{f.cap}</td>
      <td>{f.openCases}</td>
      <td data-testid="free">{f.headroom}</td>
      <td className={f.overCap.people > 0 ? 'warn' : undefined}>
        {f.overCap.people} ({f.overCap.cases} {f.overCap.cases === 1 ? 'case' : 'cases'})
      </td>
      <td data-testid="on-site">{hoursText(f.onSiteSupport.hours)}</td>
      <td>{wte(f.onSiteSupport.fteHundredths)}</td>
      <td data-testid="free-left">{f.onSiteSupport.availableHeadroom}</td>
    </>
  );
}

/** Free places by borough and role, those over their caps, and what this week's on-site support leaves. */
export function CapacityTable({ capacity }: { capacity: CaseloadCapacity }) {
  return (
    <div className="table-scroll">
      <table data-testid="caseload-capacity">
        <caption>Capacity by borough and role (people with a cap)</caption>
        <thead>
          <tr>
            <th scope="col">Borough and role</th>
            <th scope="col">People</th>
            <th scope="col">Caps</th>
            <th scope="col">Open cases</th>
            <th scope="col">Free places</th>
            <th scope="col">Over cap</th>
            <th scope="col">On site this week</th>
            <th scope="col">WTE on site</th>
            <th scope="col">Free places left</th>
          </tr>
        </thead>
        <tbody>
          {capacity.groups.map((g) => (
            <tr key={`${g.borough}-${g.role}`}>
              <th scope="row">
                {g.borough}, {STAFF_ROLE_NAMES[g.role]}
              </th>
              <Figures f={g} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-testid="capacity-total">
            <th scope="row">Total</th>
            <Figures f={capacity.total} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
