import { Link } from 'react-router';
import { GROUP_NAMES, GROUPS, RATING_WORDS, type Council } from '../../api/centre-types';
import { pounds, shortDate } from '../../components/status';

export const STATUS_WORDS: Record<Council['status'], string> = {
  applied: 'Awaiting a decision',
  selected: 'Selected',
  declined: 'Declined',
};

/** The decision and its date, as the table and the council's page both say it. */
export const decisionWords = (c: Council): string =>
  `${STATUS_WORDS[c.status]}${c.decidedOn ? ` on ${shortDate(c.decidedOn)}` : ''}`;

export const onSiteWords = (c: Council): string =>
  `${c.onSiteDays} ${c.onSiteDays === 1 ? 'day' : 'days'}, ${c.onSiteHours} h`;

/** An intake's councils with their decisions, participants by group, fees and on-site support; each links to its page. */
export function CouncilsTable({ year, councils }: { year: string; councils: Council[] }) {
  return (
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
          {councils.length === 0 && (
            <tr>
              <td colSpan={6 + GROUPS.length}>No council has applied.</td>
            </tr>
          )}
          {councils.map((c) => (
            <tr key={c.id} data-testid={`council-${c.id}`}>
              <th scope="row">
                <Link to={`/centre/${year}/councils/${c.id}`}>{c.name}</Link>
              </th>
              <td>{RATING_WORDS[c.ofstedRating] ?? c.ofstedRating}</td>
              <td data-testid="decision">
                {decisionWords(c)}
                {c.decisionReason && <span className="hint block">{c.decisionReason}</span>}
              </td>
              {GROUPS.map((g) => (
                <td key={g} data-testid={g}>
                  {c.participants[g]}
                </td>
              ))}
              <td>{c.completed}</td>
              <td data-testid="fees">{pounds(c.feesPence)}</td>
              <td data-testid="on-site">{onSiteWords(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
