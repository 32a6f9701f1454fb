import type { TestApp } from './test-app.js';

/** The training API as the e2e specs use it: each call states the status it expects. */
export type Level = 1 | 2 | 3 | 4;

export interface LevelRow {
  level: Level;
  inTraining: number;
  completedEver: number;
  completedThisProgrammeYear: number;
}

/** The report's rows for levels 1-4: zeros except where given. */
export const levelsWith = (figures: Partial<Record<Level, Partial<Omit<LevelRow, 'level'>>>> = {}): LevelRow[] =>
  ([1, 2, 3, 4] as const).map((level) => ({
    level,
    inTraining: 0,
    completedEver: 0,
    completedThisProgrammeYear: 0,
    ...figures[level],
  }));

/** The financial year (1 April to 31 March) a date falls in, named by its first calendar year. */
export const financialYear = (date: string): number => Number(date.slice(0, 4)) - (date.slice(5) < '04-01' ? 1 : 0);

export class TrainingClient {
  constructor(
    private readonly t: TestApp,
    private readonly token: string,
  ) {}

  /** Fails with the answer's body when the status is not the one expected, to show the error code. */
  async post(path: string, body: object, status: number, token = this.token) {
    const response = await this.t.http.post(path).set('Authorization', `Bearer ${token}`).send(body);
    if (response.status !== status) throw new Error(`${path}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  }

  async get(path: string, status = 200, token = this.token) {
    return (await this.t.http.get(path).set('Authorization', `Bearer ${token}`).expect(status)).body;
  }

  async hire(fields: object = {}): Promise<string> {
    const person = { name: 'Ana Silva', borough: 'RBKC', role: 'social-worker', fte: 0.8, startedOn: '2016-04-01' };
    return (await this.post('/api/staff', { ...person, ...fields }, 201)).id;
  }

  async schedule(level: Level, startsOn: string, endsOn: string, capacity = 10): Promise<string> {
    const cohort = { level, name: `Systemic Year ${level}`, provider: 'Tavistock', startsOn, endsOn, capacity };
    return (await this.post('/api/cohorts', cohort, 201)).id;
  }

  enrol(cohortId: string, staffId: string, enrolledOn: string, status = 201) {
    return this.post(`/api/cohorts/${cohortId}/enrolments`, { staffId, enrolledOn }, status);
  }

  outcome(cohortId: string, staffId: string, outcome: string, on: string, status = 200) {
    const body = { outcome, on, reason: 'as recorded' };
    return this.post(`/api/cohorts/${cohortId}/enrolments/${staffId}/outcome`, body, status);
  }

  /** Without `on` the report takes today's date from the app's clock. */
  pipeline(on?: string, borough?: string) {
    const query = new URLSearchParams({ ...(on ? { on } : {}), ...(borough ? { borough } : {}) });
    return this.get(`/api/reports/pipeline?${query}`);
  }
}
