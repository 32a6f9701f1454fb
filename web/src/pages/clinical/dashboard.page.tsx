import { useSearchParams } from 'react-router';
import { BOROUGHS, BOROUGH_NAMES, type Tapering } from '../../api/types';
import { SelectField } from '../../components/form-fields';
import { LoadError, Loading, pounds, shortDate, wte } from '../../components/status';
import { useResource } from '../../components/use-resource';
import { TaperingChart } from './tapering-chart';
import { taperingMeasures } from './tapering-series';

const STATUS: Record<string, string> = { ended: 'Ended', current: 'Current', future: 'Not started' };
const dash = '—';

export default function DashboardPage() {
  const [params, setParams] = useSearchParams();
  const borough = params.get('borough') ?? '';
  const dashboard = useResource<Tapering>('/api/dashboard/tapering', { borough });
  const d = dashboard.data;
  const years = d?.years.map((y) => `Year ${y.year}`) ?? [];
  return (
    <>
      <h1>Tapering dashboard</h1>
      <form className="filters" aria-label="Choose the scope" onSubmit={(e) => e.preventDefault()}>
        <SelectField
          label="Scope"
          name="borough"
          value={borough}
          onChange={(e) => setParams(e.target.value ? { borough: e.target.value } : {})}
          options={[['', 'All three boroughs'], ...BOROUGHS.map((b): [string, string] => [b, BOROUGH_NAMES[b]])]}
        />
      </form>
      <LoadError error={dashboard.error} />
      {dashboard.loading && !d && <Loading what="the dashboard" />}
      {d && (
        <>
          <p className="hint">
            Plan revision {d.planRevision}; figures up to {shortDate(d.today)}.
            {d.apportionment &&
              ` This borough's planned figures are the plan's times its share of the clinical team on ${shortDate(d.apportionment.basisOn)} (${wte(d.apportionment.boroughWteHundredths)} of ${wte(d.apportionment.totalWteHundredths)} WTE).`}
          </p>
          <div className="charts">
            {taperingMeasures(d).map((m) => (
              <TaperingChart key={m.key} measure={m} years={years} />
            ))}
          </div>
          <div className="table-scroll">
            <table data-testid="tapering-table">
              <caption>
                Every programme year, planned against actual and forecast. Coverable: WTE of social work posts held by
                dual-qualified staff; gap: planned integrated WTE not yet coverable.
              </caption>
              <thead>
                <tr>
                  <td rowSpan={2} />
                  <th scope="colgroup" colSpan={2}>
                    Separate clinical WTE
                  </th>
                  <th scope="colgroup" colSpan={4}>
                    Integrated WTE
                  </th>
                  <th scope="colgroup" colSpan={2}>
                    Dual-qualified staff
                  </th>
                  <th scope="colgroup" colSpan={2}>
                    Clinical team
                  </th>
                </tr>
                <tr>
                  <th scope="col">Planned</th>
                  <th scope="col">Actual</th>
                  <th scope="col">Planned</th>
                  <th scope="col">Actual</th>
                  <th scope="col">Coverable</th>
                  <th scope="col">Gap</th>
                  <th scope="col">Actual</th>
                  <th scope="col">Forecast</th>
                  <th scope="col">Cost</th>
                  <th scope="col">Funding</th>
                </tr>
              </thead>
              <tbody>
                {d.years.map((y) => (
                  <tr key={y.year} data-testid={`tapering-year-${y.year}`}>
                    <th scope="row" className="nowrap">
                      Year {y.year}, {STATUS[y.status].toLowerCase()}
                      <span className="hint block">
                        {y.actual ? `measured ${shortDate(y.actual.measuredOn)}` : `starts ${shortDate(y.startsOn)}`}
                      </span>
                    </th>
                    <td>{y.planned ? wte(y.planned.separateClinicalWteHundredths) : dash}</td>
                    <td data-testid="separate-actual">
                      {y.actual ? wte(y.actual.separateClinicalWteHundredths) : dash}
                    </td>
                    <td>{y.planned ? wte(y.planned.integratedWteHundredths) : dash}</td>
                    <td data-testid="integrated-actual">{y.actual ? wte(y.actual.integratedWteHundredths) : dash}</td>
                    <td>{y.actual ? wte(y.actual.coverableWteHundredths) : dash}</td>
                    <td className={y.gap && y.gap.wteHundredths > 0 ? 'warn' : undefined}>
                      {y.gap ? wte(y.gap.wteHundredths) : dash}
                    </td>
                    <td data-testid="dual-actual">{y.actual ? y.actual.dualQualified.headcount : dash}</td>
                    <td>
                      {y.forecast?.expectedHeadcount ?? dash}
                      {y.forecast && (
                        <span className="hint block">
                          {y.forecast.currentHeadcount} now + {y.forecast.inTrainingFinishingByYearEnd} finishing
                        </span>
                      )}
                    </td>
                    <td>{y.actual ? pounds(y.actual.clinicalTeamCostPence) : dash}</td>
                    <td>{y.planned ? pounds(y.planned.clinicalTeamFundingPence) : dash}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
