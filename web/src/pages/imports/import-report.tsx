import { Fragment } from 'react';
import { codeWords } from '../../api/error-words';
import type { ImportProblem, ImportReport } from '../../api/import-types';
import { outcomeWords, reportCounts, reportHeadline, timingWords } from './import-words';

/** The server's report in words: the verdict, the counts, what the commands did and every problem by line. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const outcomes = outcomeWords(report.outcomes);
  const good = report.status !== 'rejected';
  return (
    <section aria-labelledby="import-report-title" data-testid="import-report" data-status={report.status}>
      <h2 id="import-report-title">
        {report.dryRun ? 'Check' : 'Import'} of {report.file}
      </h2>
      <p className={good ? 'good' : 'bad'} role="status" data-testid="import-headline">
        {reportHeadline(report)}
      </p>
      <dl className="facts" data-testid="import-counts">
        {reportCounts(report).map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
      {outcomes.length > 0 && (
        <>
          <h3>{report.dryRun ? 'What importing it would do' : 'What it did'}</h3>
          <ul data-testid="import-outcomes">
            {outcomes.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </>
      )}
      <p className="hint">{timingWords(report)}</p>
      {report.problems.length > 0 && <ProblemTable problems={report.problems} />}
    </section>
  );
}

function ProblemTable({ problems }: { problems: ImportProblem[] }) {
  return (
    <table data-testid="import-problems">
      <caption>Problems, by line of the file (the header is line 1)</caption>
      <thead>
        <tr>
          <th scope="col">Line</th>
          <th scope="col">Column</th>
          <th scope="col">Problem</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={i}>
            <td>{p.line}</td>
            <td>{p.column ?? 'the whole row'}</td>
            <td>{codeWords(p.code) ?? p.message}</td>
            <td className="hint">{p.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
