import { parse } from 'csv-parse/sync';

/**
 * The pipeline report's figures worked out from the two CSV files alone, as a spreadsheet user
 * would: no cadre code, only the files' rows and the report's definitions (docs: GET
 * /api/reports/pipeline). Programme years run from 1 April.
 */
export interface ExpectedPipeline {
  boroughs: {
    borough: string;
    levels: { level: number; inTraining: number; completedEver: number; completedThisProgrammeYear: number }[];
    dualQualified: { headcount: number; wteHundredths: number };
  }[];
}

const iso = (date: string) => (date.includes('/') ? date.split('/').reverse().join('-') : date);

export function pipelineFromFiles(staffCsv: string, enrolmentsCsv: string, on: string): ExpectedPipeline {
  const people = parse(staffCsv, { bom: true, columns: true }) as Record<string, string>[];
  const rows = parse(enrolmentsCsv, { bom: true, columns: true }) as Record<string, string>[];
  const year = Number(on.slice(0, 4)) - (on.slice(5) < '04-01' ? 1 : 0);
  const [from, to] = [`${year}-04-01`, `${year + 1}-03-31`];
  const person = new Map(people.map((p) => [p.employee_number, p]));
  const boroughs = ['LBHF', 'RBKC', 'WCC'].map((borough) => {
    const mine = rows.filter((r) => person.get(r.employee_number)!.borough === borough);
    const levels = [1, 2, 3, 4].map((level) => {
      const at = mine.filter((r) => Number(r.level) === level);
      const completed = at.filter((r) => r.outcome === 'completed');
      return {
        level,
        inTraining: at.filter((r) => r.outcome === '').length,
        completedEver: completed.length,
        completedThisProgrammeYear: completed.filter((r) => iso(r.outcome_on) >= from && iso(r.outcome_on) <= to)
          .length,
      };
    });
    const msc = new Set(mine.filter((r) => r.level === '4' && r.outcome === 'completed').map((r) => r.employee_number));
    const dual = people.filter(
      (p) => p.borough === borough && p.registration_number !== '' && msc.has(p.employee_number),
    );
    return {
      borough,
      levels,
      dualQualified: {
        headcount: dual.length,
        wteHundredths: dual.reduce((sum, p) => sum + Math.round(Number(p.fte) * 100), 0),
      },
    };
  });
  return { boroughs };
}
