import type { CentreFinances, Invoice } from '../../api/centre-types';
import { LoadError, Loading, pounds, shortDate } from '../../components/status';
import { useResource } from '../../components/use-resource';

const difference = (pence: number | null) => (pence === null ? 'Not stated' : pence === 0 ? 'Agrees' : pounds(pence));

/** The Centre's money: fees due per council, and cost from the lines with the plan's stated rows checked. Read only. */
export default function CentreFinancesPage() {
  const invoices = useResource<{ items: Invoice[]; totalPence: number }>('/api/centre/invoices');
  const finances = useResource<CentreFinances>('/api/centre/finances');
  const f = finances.data;
  return (
    <>
      <h1>Centre invoices and finances</h1>
      <LoadError error={invoices.error ?? finances.error} />
      {(invoices.loading || finances.loading) && !(invoices.data && f) && <Loading what="the finances" />}
      {invoices.data && (
        <table data-testid="centre-invoices">
          <caption>Fees due per council and intake (payments are not tracked)</caption>
          <thead>
            <tr>
              <th scope="col">Council</th>
              <th scope="col">Intake</th>
              <th scope="col">Participants</th>
              <th scope="col">Fee each</th>
              <th scope="col">Amount</th>
              <th scope="col">Due</th>
            </tr>
          </thead>
          <tbody>
            {invoices.data.items.map((i) => (
              <tr key={`${i.intakeYear}-${i.councilId}`} data-testid={`invoice-${i.councilId}`}>
                <th scope="row">{i.councilName ?? i.councilId}</th>
                <td>Year {i.intakeYear}</td>
                <td>{i.participants}</td>
                <td>{i.feePencePerParticipant === null ? 'Mixed' : pounds(i.feePencePerParticipant)}</td>
                <td data-testid="amount">{pounds(i.amountPence)}</td>
                <td>{shortDate(i.dueOn)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">Total</th>
              <td colSpan={3} />
              <td data-testid="invoices-total">{pounds(invoices.data.totalPence)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      )}
      {f && (
        <>
          <div className="table-scroll">
            <table data-testid="centre-finances">
              <caption>
                Cost from the lines, income and funding by programme year, plan revision {f.planRevision}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Year</th>
                  <th scope="col">Cost</th>
                  <th scope="col">Planned income</th>
                  <th scope="col">Invoiced income</th>
                  <th scope="col">Invoiced against the plan’s income line</th>
                  <th scope="col">Funding needed (planned)</th>
                  <th scope="col">Stated against planned funding</th>
                  <th scope="col">Funding still needed</th>
                </tr>
              </thead>
              <tbody>
                {f.years.map((y) => (
                  <tr key={y.year} data-testid={`finance-year-${y.year}`}>
                    <th scope="row">Year {y.year}</th>
                    <td data-testid="cost">{pounds(y.costPence)}</td>
                    <td>{pounds(y.plannedIncomePence)}</td>
                    <td data-testid="invoiced">{pounds(y.invoicedIncomePence)}</td>
                    <td>{difference(y.invoicedAgainstStatedPence)}</td>
                    <td>{pounds(y.plannedFundingRequiredPence)}</td>
                    <td>{difference(y.fundingRequiredDifferencePence)}</td>
                    <td>{pounds(y.fundingStillNeededPence)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>The plan’s stated totals checked against its lines</h2>
          <table data-testid="centre-stated-totals">
            <thead>
              <tr>
                <th scope="col">Total</th>
                <th scope="col">Year</th>
                <th scope="col">Stated</th>
                <th scope="col">Computed from the lines</th>
                <th scope="col">Difference</th>
              </tr>
            </thead>
            <tbody>
              {f.statedTotals.map((t) => (
                <tr
                  key={`${t.name}-${t.year}`}
                  data-testid={`stated-${t.year}`}
                  className={t.differencePence !== 0 ? 'warn' : undefined}
                >
                  <td>{t.name}</td>
                  <td>Year {t.year}</td>
                  <td>{pounds(t.statedPence)}</td>
                  <td>{pounds(t.computedPence)}</td>
                  <td data-testid="difference">{difference(t.differencePence)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </>
  );
}
