import { rowsAt, SqlParams } from '../../projections/bitemporal/rows-at.js';
import type { ReadCut } from '../../shared/read-cut.js';
import type { IsoDate } from '../../shared/values.js';
import type { InvoicedYear } from '../domain/centre-finances.js';
import { CENTRE_COUNCIL_VIEW, CENTRE_PARTICIPANT_VIEW } from './centre-rows.js';
import type { Queryable } from './council-queries.js';

/** What one council owes for one intake: the fees of its participants registered at the cut. */
export interface InvoiceView {
  intakeYear: number;
  councilId: string;
  councilName: string | null;
  participants: number;
  /** The fee each participant was registered at, when they all share one; null when they differ. */
  feePencePerParticipant: number | null;
  amountPence: number;
  /** The intake's first day. */
  dueOn: IsoDate;
}

interface InvoiceRow {
  intake_year: number;
  council_id: string;
  council_name: string | null;
  participants: number;
  lowest: string;
  highest: string;
  amount: string;
  due_on: string;
}

export const invoicesAt = async (
  q: Queryable,
  filter: { intakeYear?: number },
  cut: ReadCut,
): Promise<InvoiceView[]> => {
  const p = new SqlParams();
  const from = `${rowsAt(CENTRE_PARTICIPANT_VIEW, cut, p)} v
    LEFT JOIN ${rowsAt(CENTRE_COUNCIL_VIEW, cut, p)} c ON c.council_id = v.council_id`;
  const where = filter.intakeYear === undefined ? '' : `WHERE v.intake_year = ${p.add(filter.intakeYear, '::int')}`;
  const rows = (await q.query(
    `SELECT v.intake_year, v.council_id, c.name AS council_name, count(*)::int AS participants,
            min(v.fee_pence)::text AS lowest, max(v.fee_pence)::text AS highest, sum(v.fee_pence)::text AS amount,
            min(v.intake_starts_on)::text AS due_on
     FROM ${from} ${where}
     GROUP BY v.intake_year, v.council_id, c.name
     ORDER BY v.intake_year, c.name COLLATE "C", v.council_id`,
    p.values,
  )) as InvoiceRow[];
  return rows.map((r) => ({
    intakeYear: r.intake_year,
    councilId: r.council_id,
    councilName: r.council_name,
    participants: r.participants,
    feePencePerParticipant: r.lowest === r.highest ? Number(r.lowest) : null,
    amountPence: Number(r.amount),
    dueOn: r.due_on,
  }));
};

/** Participants registered and their fees, by intake year, at the cut. */
export const invoicedByYearAt = async (q: Queryable, cut: ReadCut): Promise<InvoicedYear[]> => {
  const p = new SqlParams();
  const rows = (await q.query(
    `SELECT v.intake_year, count(*)::int AS participants, sum(v.fee_pence)::text AS fees
     FROM ${rowsAt(CENTRE_PARTICIPANT_VIEW, cut, p)} v GROUP BY v.intake_year ORDER BY v.intake_year`,
    p.values,
  )) as { intake_year: number; participants: number; fees: string }[];
  return rows.map((r) => ({ intakeYear: r.intake_year, participants: r.participants, feesPence: Number(r.fees) }));
};
