import type { EntityManager } from 'typeorm';
import type { Borough, IsoDate, SystemicLevel } from '../../shared/values.js';
import type { Funder, PostKind } from '../../posts/domain/post.events.js';
import type { TaperingRows } from '../domain/tapering.rows.js';
import { TAPERING_TABLES as T } from '../read-model/tapering.projection.js';

/** Holding on `cut`: the one predicate every "as it stood on a date" question comes down to. */
const holdsOn = (alias: string, cut: string) =>
  `${alias}.valid_from <= ${cut} AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > ${cut})`;

/**
 * Fetches what the tapering calculation needs, cut at `cuts` by the database: posts and
 * dual-qualified people totalled per date, borough and kind; clinical posts' stretches for costing;
 * people in a level 3/4 place today; level 3/4 outcomes ended by today. Dates come back as text.
 */
export const fetchTaperingRows = async (db: EntityManager, cuts: IsoDate[], today: IsoDate): Promise<TaperingRows> => {
  const postsOn = (await db.query(
    `SELECT c.cut::text AS cut, p.kind, p.borough, sum(p.wte_hundredths)::int AS wte,
            sum(p.integrated_wte_hundredths)::int AS integrated,
            COALESCE(sum(p.wte_hundredths) FILTER (WHERE h.dual), 0)::int AS coverable
     FROM unnest($1::date[]) AS c(cut)
     JOIN ${T.posts} p ON ${holdsOn('p', 'c.cut')}
     LEFT JOIN ${T.people} h ON h.staff_id = p.holder_staff_id AND ${holdsOn('h', 'c.cut')}
     GROUP BY c.cut, p.kind, p.borough`,
    [cuts],
  )) as { cut: string; kind: string; borough: string; wte: number; integrated: number; coverable: number }[];
  const clinicalPosts = (await db.query(
    `SELECT post_id, kind, borough, funded_by, annual_cost_pence::text AS annual_cost_pence,
            valid_from::text AS valid_from, valid_to::text AS valid_to
     FROM ${T.posts} WHERE kind <> 'social-work'`,
  )) as {
    post_id: string;
    kind: string;
    borough: string;
    funded_by: string;
    annual_cost_pence: string;
    valid_from: string;
    valid_to: string | null;
  }[];
  const dualOn = (await db.query(
    `SELECT c.cut::text AS cut, p.borough, count(*)::int AS headcount, sum(p.fte_hundredths)::int AS fte
     FROM unnest($1::date[]) AS c(cut) JOIN ${T.people} p ON p.dual AND ${holdsOn('p', 'c.cut')}
     GROUP BY c.cut, p.borough`,
    [cuts],
  )) as { cut: string; borough: string; headcount: number; fte: number }[];
  const inTraining = (await db.query(
    `SELECT e.staff_id, p.borough, p.registered, p.dual, e.level,
            e.cohort_starts_on::text AS cohort_starts_on, e.cohort_ends_on::text AS cohort_ends_on
     FROM ${T.enrolments} e JOIN ${T.people} p ON p.staff_id = e.staff_id AND ${holdsOn('p', '$1::date')}
     WHERE e.started_on <= $1::date AND (e.ended_on IS NULL OR e.ended_on > $1::date)`,
    [today],
  )) as {
    staff_id: string;
    borough: string;
    registered: boolean;
    dual: boolean;
    level: number;
    cohort_starts_on: string;
    cohort_ends_on: string;
  }[];
  const ended = (await db.query(
    `SELECT outcome FROM ${T.enrolments}
     WHERE ended_on <= $1::date AND outcome IN ('completed', 'failed', 'withdrawn')`,
    [today],
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
