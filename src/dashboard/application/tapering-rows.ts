import type { EntityManager } from 'typeorm';
import type { Borough, IsoDate, SystemicLevel } from '../../shared/values.js';
import type { Funder, PostKind } from '../../posts/domain/post.events.js';
import type { TaperingRows } from '../domain/tapering.rows.js';
import { rowsAt, SqlParams } from '../../projections/bitemporal/rows-at.js';
import { TAPERING_TABLES as T } from '../read-model/tapering.projection.js';

/** Holding on `cut`: the one predicate every "as it stood on a date" question comes down to. */
const holdsOn = (alias: string, cut: string) =>
  `${alias}.valid_from <= ${cut} AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > ${cut})`;

/**
 * Fetches what the tapering calculation needs, cut at `cuts` by the database: posts and
 * dual-qualified people totalled per date, borough and kind; clinical posts' stretches for costing;
 * people in a level 3/4 place today; level 3/4 outcomes ended by today. Dates come back as text.
 * `knownAt` reads the rows as they were known then; the dates do the rest of the cut.
 */
export const fetchTaperingRows = async (
  db: Pick<EntityManager, 'query'>,
  cuts: IsoDate[],
  today: IsoDate,
  knownAt?: string,
): Promise<TaperingRows> => {
  const known = { knownAt };
  const at = (table: string, p: SqlParams) => rowsAt(table, known, p, { validTime: false });
  let p = new SqlParams();
  const postsOn = (await db.query(
    `SELECT c.cut::text AS cut, p.kind, p.borough, sum(p.wte_hundredths)::int AS wte,
            sum(p.integrated_wte_hundredths)::int AS integrated,
            COALESCE(sum(p.wte_hundredths) FILTER (WHERE h.dual), 0)::int AS coverable
     FROM unnest(${p.add(cuts, '::date[]')}) AS c(cut)
     JOIN ${at(T.posts, p)} p ON ${holdsOn('p', 'c.cut')}
     LEFT JOIN ${at(T.people, p)} h
       ON p.kind = 'social-work' AND h.staff_id = p.holder_staff_id AND ${holdsOn('h', 'c.cut')}
     GROUP BY c.cut, p.kind, p.borough`,
    p.values,
  )) as { cut: string; kind: string; borough: string; wte: number; integrated: number; coverable: number }[];
  p = new SqlParams();
  const clinicalPosts = (await db.query(
    `SELECT post_id, kind, borough, funded_by, annual_cost_pence::text AS annual_cost_pence,
            valid_from::text AS valid_from, valid_to::text AS valid_to
     FROM ${at(T.posts, p)} p WHERE kind <> 'social-work'`,
    p.values,
  )) as {
    post_id: string;
    kind: string;
    borough: string;
    funded_by: string;
    annual_cost_pence: string;
    valid_from: string;
    valid_to: string | null;
  }[];
  p = new SqlParams();
  const dualOn = (await db.query(
    `SELECT c.cut::text AS cut, p.borough, count(*)::int AS headcount, sum(p.fte_hundredths)::int AS fte
     FROM unnest(${p.add(cuts, '::date[]')}) AS c(cut) JOIN ${at(T.people, p)} p ON p.dual AND ${holdsOn('p', 'c.cut')}
     GROUP BY c.cut, p.borough`,
    p.values,
  )) as { cut: string; borough: string; headcount: number; fte: number }[];
  p = new SqlParams();
  const enrolments = at(T.enrolments, p);
  const people = at(T.people, p);
  const day = p.add(today, '::date');
  const inTraining = (await db.query(
    `SELECT e.staff_id, p.borough, p.registered, p.dual, e.level,
            e.cohort_starts_on::text AS cohort_starts_on, e.cohort_ends_on::text AS cohort_ends_on
     FROM ${enrolments} e JOIN ${people} p ON p.staff_id = e.staff_id AND ${holdsOn('p', day)}
     WHERE e.started_on <= ${day} AND (e.ended_on IS NULL OR e.ended_on > ${day})`,
    p.values,
  )) as {
    staff_id: string;
    borough: string;
    registered: boolean;
    dual: boolean;
    level: number;
    cohort_starts_on: string;
    cohort_ends_on: string;
  }[];
  p = new SqlParams();
  const ended = (await db.query(
    `SELECT outcome FROM ${at(T.enrolments, p)} e
     WHERE ended_on <= ${p.add(today, '::date')} AND outcome IN ('completed', 'failed', 'withdrawn')`,
    p.values,
  )) as { outcome: string }[];

  return {
    postsOn: postsOn.map((r) => ({
      on: r.cut,
      kind: r.kind as PostKind,
      borough: r.borough as Borough,
      wteHundredths: r.wte,
      integratedWteHundredths: r.integrated,
      coverableWteHundredths: r.coverable,
    })),
    clinicalPosts: clinicalPosts.map((r) => ({
      postId: r.post_id,
      kind: r.kind as PostKind,
      borough: r.borough as Borough,
      fundedBy: r.funded_by as Funder,
      annualCostPence: Number(r.annual_cost_pence),
      validFrom: r.valid_from,
      validTo: r.valid_to,
    })),
    dualOn: dualOn.map((r) => ({
      on: r.cut,
      borough: r.borough as Borough,
      headcount: r.headcount,
      fteHundredths: r.fte,
    })),
    inTraining: inTraining.map((r) => ({
      staffId: r.staff_id,
      borough: r.borough as Borough,
      registered: r.registered,
      dual: r.dual,
      level: r.level as SystemicLevel,
      cohortStartsOn: r.cohort_starts_on,
      cohortEndsOn: r.cohort_ends_on,
    })),
    endedOutcomes: ended.map((r) => r.outcome),
  };
};
