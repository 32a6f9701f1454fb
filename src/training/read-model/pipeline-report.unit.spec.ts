import { assemblePipelineReport, type PipelineRow } from './pipeline-report.js';

const year = { number: 2, startsOn: '2017-04-01', endsOn: '2018-03-31' };

describe('assemblePipelineReport', () => {
  const rows: PipelineRow[] = [
    { kind: 'training', borough: 'LBHF', level: 1, n: 3, m: 0 },
    { kind: 'training', borough: 'WCC', level: 1, n: 2, m: 0 },
    { kind: 'completed', borough: 'LBHF', level: 2, n: 5, m: 1 },
    { kind: 'completed', borough: 'RBKC', level: 2, n: 4, m: 4 },
    { kind: 'dual', borough: 'WCC', level: null, n: 2, m: 150 },
    { kind: 'dual', borough: 'RBKC', level: null, n: 1, m: 35 },
  ];

  it('gives every borough every level, zeros included, and a total that sums them', () => {
    const report = assemblePipelineReport(rows, '2017-10-01', year);
    expect(report.on).toBe('2017-10-01');
    expect(report.programmeYear).toEqual(year);
    expect(report.boroughs.map((b) => b.borough)).toEqual(['LBHF', 'RBKC', 'WCC']);
    expect(report.boroughs[0].levels).toEqual([
      { level: 1, inTraining: 3, completedEver: 0, completedThisProgrammeYear: 0 },
      { level: 2, inTraining: 0, completedEver: 5, completedThisProgrammeYear: 1 },
      { level: 3, inTraining: 0, completedEver: 0, completedThisProgrammeYear: 0 },
      { level: 4, inTraining: 0, completedEver: 0, completedThisProgrammeYear: 0 },
    ]);
    expect(report.total.levels.slice(0, 2)).toEqual([
      { level: 1, inTraining: 5, completedEver: 0, completedThisProgrammeYear: 0 },
      { level: 2, inTraining: 0, completedEver: 9, completedThisProgrammeYear: 5 },
    ]);
    expect(report.boroughs[2].dualQualified).toEqual({ headcount: 2, wteHundredths: 150, wte: 1.5 });
    expect(report.total.dualQualified).toEqual({ headcount: 3, wteHundredths: 185, wte: 1.85 });
  });

  it('shows only the borough asked for, and its figures as the total', () => {
    const report = assemblePipelineReport(
      rows.filter((r) => r.borough === 'RBKC'),
      '2017-10-01',
      year,
      'RBKC',
    );
    expect(report.boroughs).toEqual([{ borough: 'RBKC', ...report.total }]);
    expect(report.total.dualQualified).toEqual({ headcount: 1, wteHundredths: 35, wte: 0.35 });
  });
});
