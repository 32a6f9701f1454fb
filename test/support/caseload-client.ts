import { parse } from 'csv-parse/sync';
import type { TestApp } from './test-app.js';

/** The caseload API as the e2e specs use it: commands state the status they expect. */
export class CaseloadClient {
  constructor(
    private readonly t: TestApp,
    private readonly token: string,
  ) {}

  private auth(token = this.token) {
    return { Authorization: `Bearer ${token}` };
  }

  /** Fails with the answer's body when the status is not the one expected, to show the error code. */
  async send(method: 'post' | 'put', path: string, body: object, status = 200, token = this.token) {
    const res = await this.t.http[method](path).set(this.auth(token)).send(body);
    if (res.status !== status) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }

  async get(path: string, status = 200, token = this.token) {
    return (await this.t.http.get(path).set(this.auth(token)).expect(status)).body;
  }

  /** A CSV export parsed back into rows keyed by header. */
  async csv(path: string): Promise<Record<string, string>[]> {
    const res = await this.t.http.get(path).set(this.auth()).set('Accept', 'text/csv').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    return parse(res.text, { bom: true, columns: true }) as Record<string, string>[];
  }

  hire(fields: object): Promise<string> {
    const person = { name: 'Cleo Clinician', borough: 'RBKC', role: 'clinician', fte: 1, startedOn: '2016-04-01' };
    return this.send('post', '/api/staff', { ...person, ...fields }, 201).then((b) => b.id as string);
  }

  count(staffId: string, on: string, openCases: number, status = 200) {
    return this.send('post', `/api/staff/${staffId}/caseload/counts`, { on, openCases, reason: 'Stocktake' }, status);
  }

  allocate(staffId: string, on: string, cases: number, status = 200) {
    const body = { on, cases, reason: 'Allocation meeting' };
    return this.send('post', `/api/staff/${staffId}/caseload/allocations`, body, status);
  }

  close(staffId: string, on: string, cases: number, status = 200) {
    return this.send('post', `/api/staff/${staffId}/caseload/closures`, { on, cases, reason: 'Cases closed' }, status);
  }

  /** Open cases, cap, headroom and the flag of one person in the list at `query`, or undefined. */
  async lineOf(staffId: string, query = '') {
    const list = await this.get(`/api/caseloads?${query}`);
    const line = list.items.find((i: { staffId: string }) => i.staffId === staffId);
    return line && { openCases: line.openCases, cap: line.cap, headroom: line.headroom, overCap: line.overCap };
  }

  async overIds(query = ''): Promise<string[]> {
    return (await this.get(`/api/caseloads?over=true&${query}`)).items.map((i: { staffId: string }) => i.staffId);
  }

  /** The capacity group of a borough and role at `query`. */
  async group(borough: string, role: string, query = '') {
    const capacity = await this.get(`/api/caseloads/capacity?borough=${borough}&${query}`);
    return capacity.groups.find((g: { role: string }) => g.role === role);
  }

  /**
   * Every caseload view of one person at `query`: their line in the list, whether the over-cap
   * list has them, their borough and role's capacity (free places and those over) and their history.
   */
  async views(staffId: string, borough: string, role: string, query = '') {
    const group = await this.group(borough, role, query);
    return {
      line: await this.lineOf(staffId, query),
      inOverList: (await this.overIds(query)).includes(staffId),
      capacity: group && { openCases: group.openCases, headroom: group.headroom, overCap: group.overCap },
      history: await this.history(staffId, query),
    };
  }

  /**
   * What on-site support does to one person's capacity at `query`: the week counted, their line's
   * figures, and those of the capacity total (the same in JSON and in the CSV exports).
   */
  async onSite(staffId: string, query = '') {
    const list = await this.get(`/api/caseloads?${query}`);
    const capacity = await this.get(`/api/caseloads/capacity?${query}`);
    const line = list.items.find((i: { staffId: string }) => i.staffId === staffId);
    const row = (await this.csv(`/api/caseloads?${query}`)).find((r) => r.staff_id === staffId)!;
    const total = (await this.csv(`/api/caseloads/capacity?${query}`)).find((r) => r.borough === 'total')!;
    expect([row.on_site_hours, row.available_fte, row.available_cap]).toEqual(
      [line.onSiteSupport.hours, line.onSiteSupport.availableFte, line.onSiteSupport.availableCap].map(String),
    );
    expect([total.on_site_hours, total.available_headroom, total.on_site_week_from]).toEqual(
      [
        capacity.total.onSiteSupport.hours,
        capacity.total.onSiteSupport.availableHeadroom,
        capacity.onSiteSupportWeek.from,
      ].map(String),
    );
    expect(list.onSiteSupportWeek).toEqual(capacity.onSiteSupportWeek);
    return { week: capacity.onSiteSupportWeek, line: line.onSiteSupport, total: capacity.total.onSiteSupport };
  }

  /** The history as (type, cases, openCases, cap, overCap) tuples. */
  async history(staffId: string, query = '') {
    const h = await this.get(`/api/staff/${staffId}/caseload/history?${query}`);
    return h.entries.map((e: Record<string, unknown>) => [e.type, e.cases, e.openCases, e.cap, e.overCap]);
  }
}
