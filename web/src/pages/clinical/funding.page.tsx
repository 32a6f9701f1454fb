import { Bar } from 'react-chartjs-2';
import type { Funding, Tapering } from '../../api/types';
import { LoadError, Loading, pounds } from '../../components/status';
import { useResource } from '../../components/use-resource';
import './tapering-chart';

/** The plan's funding lines with totals computed from them, and the clinical team's cost against its funding. */
export default function FundingPage() {
  const funding = useResource<Funding>('/api/plan/funding');
  const dashboard = useResource<Tapering>('/api/dashboard/tapering');
  const f = funding.data;
  const d = dashboard.data;
  return (
    <>
      <h1>Funding and cost</h1>
      <LoadError error={funding.error ?? dashboard.error} />
      {(funding.loading || dashboard.loading) && !(f && d) && <Loading what="the funding" />}
      {d && <CostChart dashboard={d} />}
      {f && (
        <>
          <div className="table-scroll">
            <table data-testid="funding-lines">
              <caption>Funding lines, plan revision {f.revision}</caption>
              <thead>
                <tr>
                  <th scope="col">Line</th>
                  {f.years.map((y) => (
                    <th scope="col" key={y.year}>
                      Year {y.year}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {f.lines.map((line) => (
                  <tr key={line.name}>
                    <th scope="row">
                      {line.name}
                      {line.clinicalTeam && <span className="tag">clinical team</span>}
                      {line.note && <span className="hint block">{line.note}</span>}
                    </th>
                    {f.years.map((y) => (
                      <td key={y.year}>{pounds(line.amountsPence[String(y.year)] ?? 0)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">Clinical team, computed</th>
                  {f.years.map((y) => (
                    <td key={y.year}>{pounds(y.clinicalTeamPence)}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Total, computed from the lines</th>
                  {f.years.map((y) => (
                    <td key={y.year}>{pounds(y.totalPence)}</td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
          <h2>Stated totals checked against their lines</h2>
          {f.statedTotals.length === 0 ? (
            <p>The plan states no totals.</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">Total</th>
                  <th scope="col">Year</th>
                  <th scope="col">Stated</th>
                  <th scope="col">Computed</th>
                  <th scope="col">Difference</th>
                </tr>
              </thead>
              <tbody>
                {f.statedTotals.map((t) => (
                  <tr key={`${t.name}-${t.year}`} className={t.differencePence !== 0 ? 'warn' : undefined}>
                    <td>{t.name}</td>
                    <td>Year {t.year}</td>
                    <td>{pounds(t.statedPence)}</td>
                    <td>{pounds(t.computedPence)}</td>
                    <td>{t.differencePence === 0 ? 'Agrees' : pounds(t.differencePence)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}

function CostChart({ dashboard }: { dashboard: Tapering }) {
  const labels = dashboard.years.map((y) => `Year ${y.year}`);
  const funding = dashboard.years.map((y) => (y.planned ? y.planned.clinicalTeamFundingPence / 100 : null));
  const cost = dashboard.years.map((y) => (y.actual ? y.actual.clinicalTeamCostPence / 100 : null));
  const description =
    'Clinical team funding against cost. ' +
    labels
      .map(
        (l, i) =>
          `${l}: funding ${funding[i] === null ? 'none' : pounds(funding[i]! * 100)}, cost ${cost[i] === null ? 'none' : pounds(cost[i]! * 100)}`,
      )
      .join('; ');
  return (
    <figure className="chart" data-testid="chart-cost" data-description={description}>
      <figcaption>Clinical team: funding against cost (£)</figcaption>
      <div className="chart-canvas">
        <Bar
          role="img"
          aria-label={description}
          data={{
            labels,
            datasets: [
              { label: 'Funding (plan)', data: funding, backgroundColor: '#1d4e89' },
              { label: 'Cost (posts, pro rata)', data: cost, backgroundColor: '#b34700' },
            ],
          }}
          options={{
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { position: 'bottom', labels: { color: '#1a1a1a' } } },
            scales: { x: { ticks: { color: '#1a1a1a' } }, y: { beginAtZero: true, ticks: { color: '#1a1a1a' } } },
          }}
        />
      </div>
    </figure>
  );
}
