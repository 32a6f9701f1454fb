import { rowsAt, SqlParams } from '../../projections/bitemporal/rows-at.js';
import { programmeYearOf } from '../../shared/programme-year.js';
import type { ReadCut } from '../../shared/read-cut.js';
import type { Borough, IsoDate } from '../../shared/values.js';
import { PIPELINE_COMPLETION_VIEW, PIPELINE_PERSON_VIEW } from './pipeline-person.js';
import { assemblePipelineReport, type PipelineReport, type PipelineRow } from './pipeline-report.js';

type Queryable = { query(sql: string, params?: unknown[]): Promise<unknown[]> };

export interface PipelineQuestion {
  borough?: Borough;
  /** Chooses the programme year for "completed this programme year". */
  on: IsoDate;
  programmeStart: IsoDate;
}

/**
 * Every figure in one statement over the pipeline read model at the cut, so all of them come
 * from the same snapshot. A leaver is counted in completions (they happened) but not in training
 * or dual qualified; completions are counted under the person's borough at the cut.
 */
export const pipelineReportAt = async (
  q: Queryable,
  question: PipelineQuestion,
  cut: ReadCut,
): Promise<PipelineReport> => {
  const year = programmeYearOf(question.on, question.programmeStart);
  const p = new SqlParams();
  const people = rowsAt(PIPELINE_PERSON_VIEW, cut, p);
  const completions = rowsAt(PIPELINE_COMPLETION_VIEW, cut, p);
  const borough = p.add(question.borough ?? null, '::text');
  const [from, to] = [p.add(year.startsOn, '::date'), p.add(year.endsOn, '::date')];
  const rows = (await q.query(
    `WITH people AS (SELECT * FROM ${people} x WHERE ${borough} IS NULL OR x.borough = ${borough})
     SELECT 'training' AS kind, borough, training_level AS level, count(*)::int AS n, 0 AS m
     FROM people WHERE left_on IS NULL AND training_level IS NOT NULL
     GROUP BY borough, training_level
     UNION ALL
     SELECT 'completed', pp.borough, c.level, count(*)::int,
            (count(*) FILTER (WHERE c.completed_on BETWEEN ${from} AND ${to}))::int
     FROM ${completions} c JOIN people pp ON pp.staff_id = c.staff_id
     GROUP BY pp.borough, c.level
     UNION ALL
     SELECT 'dual', borough, NULL, count(*)::int, COALESCE(sum(fte_hundredths), 0)::int
     FROM people WHERE left_on IS NULL AND dual_qualified
     GROUP BY borough`,
    p.values,
  )) as PipelineRow[];
  return assemblePipelineReport(rows, question.on, year, question.borough);
};
