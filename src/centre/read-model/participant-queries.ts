import { rowsAt, SqlParams } from '../../projections/bitemporal/rows-at.js';
import type { ReadCut } from '../../shared/read-cut.js';
import type { ParticipantGroup } from '../domain/centre.values.js';
import { CENTRE_COUNCIL_VIEW, CENTRE_PARTICIPANT_VIEW, PARTICIPANT_ROWS, type ParticipantRow } from './centre-rows.js';
import type { Queryable } from './council-queries.js';

export interface ParticipantView extends ParticipantRow {
  /** The council's name at the same cut. */
  councilName: string | null;
}

export interface ParticipantFilter {
  intakeYear?: number;
  councilId?: string;
  group?: ParticipantGroup;
  status?: ParticipantRow['status'];
}

export interface ParticipantPage {
  items: ParticipantView[];
  page: number;
  pageSize: number;
  total: number;
}

const COLUMN_OF: Record<keyof ParticipantFilter, [string, string]> = {
  intakeYear: ['v.intake_year', '::int'],
  councilId: ['v.council_id', ''],
  group: ['v.participant_group', ''],
  status: ['v.status', ''],
};

const fromRow = (row: Record<string, unknown>): ParticipantView => ({
  ...PARTICIPANT_ROWS.fromRow(row),
  councilName: (row.council_name as string | null) ?? null,
});

const from = (cut: ReadCut, p: SqlParams) =>
  `${rowsAt(CENTRE_PARTICIPANT_VIEW, cut, p)} v
   LEFT JOIN ${rowsAt(CENTRE_COUNCIL_VIEW, cut, p)} c ON c.council_id = v.council_id`;

export const findParticipantAt = async (
  q: Queryable,
  participantId: string,
  cut: ReadCut,
): Promise<ParticipantView | undefined> => {
  const p = new SqlParams();
  const rows = (await q.query(
    `SELECT ${PARTICIPANT_ROWS.selectColumns('v')}, c.name AS council_name FROM ${from(cut, p)}
     WHERE v.participant_id = ${p.add(participantId)}`,
    p.values,
  )) as Record<string, unknown>[];
  return rows.length ? fromRow(rows[0]) : undefined;
};

/** A page of participants at the cut, by intake, council, name and id, so pages never overlap. */
export const listParticipantsAt = async (
  q: Queryable,
  filter: ParticipantFilter,
  page: number,
  pageSize: number,
  cut: ReadCut,
): Promise<ParticipantPage> => {
  const p = new SqlParams();
  const source = from(cut, p);
  const clauses = (Object.keys(COLUMN_OF) as (keyof ParticipantFilter)[])
    .filter((k) => filter[k] !== undefined)
    .map((k) => `${COLUMN_OF[k][0]} = ${p.add(filter[k], COLUMN_OF[k][1])}`);
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  const [{ total }] = (await q.query(`SELECT count(*)::int AS total FROM ${source} ${where}`, [...p.values])) as {
    total: number;
  }[];
  const rows = (await q.query(
    `SELECT ${PARTICIPANT_ROWS.selectColumns('v')}, c.name AS council_name FROM ${source} ${where}
     ORDER BY v.intake_year, c.name COLLATE "C", v.council_id, v.name COLLATE "C", v.participant_id
     LIMIT ${p.add(pageSize)} OFFSET ${p.add((page - 1) * pageSize)}`,
    p.values,
  )) as Record<string, unknown>[];
  return { items: rows.map(fromRow), page, pageSize, total };
};
