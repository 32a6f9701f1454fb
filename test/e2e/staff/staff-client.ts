import type { Response } from 'supertest';
import type { TestApp } from '../../support/test-app.js';

/** Small helpers shared by the staff e2e suites: authorised calls and the people they create. */

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export interface HireBody {
  name: string;
  borough: string;
  role: string;
  fte: number;
  startedOn: string;
  registration?: { number: string; registeredOn: string };
  reason?: string;
}

export const aHire = (overrides: Partial<HireBody> = {}): HireBody => ({
  name: 'Ana Silva',
  borough: 'RBKC',
  role: 'social-worker',
  fte: 0.6,
  startedOn: '2016-04-01',
  ...overrides,
});

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const staffClient = (t: TestApp, token: string) => ({
  hire: async (body: HireBody = aHire()): Promise<string> => {
    const res = await t.http.post('/api/staff').set(bearer(token)).send(body);
    expect({ status: res.status, body: res.body }).toEqual({ status: 201, body: { id: expect.stringMatching(UUID) } });
    return res.body.id as string;
  },
  get: (id: string): Promise<Response> => t.http.get(`/api/staff/${id}`).set(bearer(token)),
  list: (query: string): Promise<Response> => t.http.get(`/api/staff?${query}`).set(bearer(token)),
  post: (id: string, action: string, body: object): Promise<Response> =>
    t.http.post(`/api/staff/${id}/${action}`).set(bearer(token)).send(body),
});

/** The claims of a cadre access token (the test only reads them; the app verifies them). */
export const claimsOf = (token: string): { sub: string; username: string } =>
  JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
