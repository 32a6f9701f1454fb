import { Prng } from '../workload/prng.js';

/**
 * A staff file and an enrolment history as an HR system might export them: people hired between
 * 2005 and 2011, taken up the systemic ladder from 2012 one level a year (completed, failed,
 * withdrawn or deferred; failed, withdrawn and deferred levels taken again the next year), the
 * last year's enrolments still open. Cohorts hold at most 40; dates are written both ways.
 */
export interface HistoryFiles {
  staffCsv: string;
  enrolmentsCsv: string;
  staffRows: number;
  enrolmentRows: number;
}

const BOROUGHS = ['LBHF', 'RBKC', 'WCC'];
const PROVIDERS = ['Tavistock and Portman', 'Kensington Consultation Centre', 'Institute of Family Therapy'];
const CAPACITY = 40;
const FIRST_YEAR = 2012;

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const line = (cells: (string | number)[]) => cells.map((c) => quote(String(c))).join(',');
const ukDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export function historyFiles(people: number, enrolments: number, seed = 7): HistoryFiles {
  const prng = new Prng(seed);
  const staff = ['employee_number,name,borough,role,fte,started_on,registration_number,registered_on'];
  for (let i = 0; i < people; i++) {
    const role = prng.pick(['social-worker', 'social-worker', 'social-worker', 'practitioner', 'clinician']);
    const startedOn = `${prng.int(2005, 2011)}-${String(prng.int(1, 12)).padStart(2, '0')}-01`;
    const registered = role === 'social-worker' || (role === 'clinician' && prng.chance(0.5));
    const name = prng.chance(0.1) ? `Person ${i}, "junior"` : `Person ${i}`;
    staff.push(
      line([
        `E${i}`,
        name,
        BOROUGHS[i % 3],
        role,
        prng.pick(['1', '0.8', '0.6', '0.5']),
        prng.chance(0.5) ? startedOn : ukDate(startedOn),
        registered ? `SW${100000 + i}` : '',
        registered ? startedOn : '',
      ]),
    );
  }
  // Enrolments are drawn year by year, person by person, until there are enough.
  const rows: string[] = [];
  const level = new Array<number>(people).fill(1);
  const done = new Array<boolean>(people).fill(false);
  const open = new Array<boolean>(people).fill(false);
  const perCohort = new Map<string, number>();
  for (let year = FIRST_YEAR; rows.length < enrolments && year < FIRST_YEAR + 40; year++) {
    const last = rows.length + people >= enrolments;
    for (let i = 0; i < people && rows.length < enrolments; i++) {
      if (done[i] || open[i] || prng.chance(0.15)) continue;
      const l = level[i];
      const key = `${l}:${year}`;
      const n = perCohort.get(key) ?? 0;
      perCohort.set(key, n + 1);
      const k = Math.floor(n / CAPACITY);
      // Three providers a day from 1 September: a big intake spills into October and beyond.
      const startsOn = new Date(Date.UTC(year, 8, 1 + Math.floor(k / 3))).toISOString().slice(0, 10);
      const endsOn = `${year + 1}-07-15`;
      const draw = prng.next();
      const outcome = last
        ? ''
        : draw < 0.8
          ? 'completed'
          : draw < 0.87
            ? 'failed'
            : draw < 0.94
              ? 'withdrawn'
              : 'deferred';
      const outcomeOn = outcome === 'completed' || outcome === 'failed' ? endsOn : outcome ? `${year + 1}-01-31` : '';
      const enrolledOn = `${year}-08-${String(prng.int(1, 28)).padStart(2, '0')}`;
      const uk = prng.chance(0.3);
      rows.push(
        line([
          `E${i}`,
          l,
          PROVIDERS[k % 3],
          uk ? ukDate(startsOn) : startsOn,
          endsOn,
          CAPACITY,
          uk ? ukDate(enrolledOn) : enrolledOn,
          outcome,
          outcomeOn,
          outcome === 'withdrawn' ? 'Caseload, and a move\nto another team' : '',
        ]),
      );
      if (!outcome) open[i] = true;
      if (outcome === 'completed') {
        if (l === 4) done[i] = true;
        else level[i] = l + 1;
      }
    }
  }
  // Listed by person, as a learning system's report would be: the importer orders by date itself.
  const byPerson = rows
    .map((r, i) => ({ r, i, person: Number(r.slice(1, r.indexOf(','))) }))
    .sort((a, b) => a.person - b.person || a.i - b.i)
    .map((x) => x.r);
  const header =
    'employee_number,level,provider,starts_on,ends_on,capacity,enrolled_on,outcome,outcome_on,outcome_reason';
  return {
    staffCsv: '\ufeff' + staff.join('\r\n') + '\r\n',
    enrolmentsCsv: '\ufeff' + [header, ...byPerson].join('\r\n') + '\r\n',
    staffRows: people,
    enrolmentRows: rows.length,
  };
}
