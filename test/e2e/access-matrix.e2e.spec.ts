import { randomBytes, randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { TOKEN_AUDIENCE, TOKEN_ISSUER } from '../../src/auth/access-token.js';
import { expressRoutes, routeName, type Route } from '../support/routes.js';
import { startTestApp, testDatabaseKinds, type TestApp } from '../support/test-app.js';

/**
 * Issue 6: every route × every kind of caller. The routes come from the running app's router; the
 * table below says who may call each. A route the table does not list fails the test, so nobody
 * can add a route without deciding who may call it.
 *
 * Allowed: any answer but 401/403 (a 400/404/422 for an empty body or an unknown id is expected)
 * and never a 5xx. Refused: exactly 401 AUTH.UNAUTHENTICATED or 403 AUTH.FORBIDDEN.
 */

const ROLES = ['admin', 'hr', 'clinical-lead', 'auditor'] as const;
type Role = (typeof ROLES)[number];
type Access = 'public' | readonly Role[];

const PUBLIC: Access = 'public';
const EVERY_ROLE: Access = ROLES;
const ADMIN: Access = ['admin'];
const AUDIT: Access = ['auditor', 'admin'];
const HR: Access = ['hr', 'admin'];
const CLINICAL: Access = ['clinical-lead', 'admin'];

/** Who may call what. Add a route here when you add it to the app; the test tells you if you forget. */
const ACCESS: Record<string, Access> = {
  'GET /health': PUBLIC,
  'POST /api/auth/login': PUBLIC,
  // The OpenAPI page and its assets (@nestjs/swagger registers these paths).
  'GET /api/docs': PUBLIC,
  'GET /api/docs/': PUBLIC,
  'GET /api/docs/index.html': PUBLIC,
  'GET /api/docs/LICENSE': PUBLIC,
  'GET /api/docs/swagger-ui-init.js': PUBLIC,
  'GET /api/docs/docs/swagger-ui-init.js': PUBLIC,
  'GET /api/docs-json': PUBLIC,
  'GET /api/docs-yaml': PUBLIC,

  'POST /api/users': ADMIN,
  'GET /api/users': ADMIN,
  'GET /api/users/changes': AUDIT,
  'POST /api/users/:id/disable': ADMIN,
  'POST /api/users/:id/enable': ADMIN,
  'POST /api/users/:id/password': ADMIN,

  'GET /api/admin/projections': ADMIN,
  'POST /api/admin/projections/rebuild': ADMIN,
  'GET /api/admin/projections/rebuild/:id': ADMIN,

  'GET /api/audit/activity': AUDIT,
  'GET /api/audit/export': AUDIT,
  'GET /api/audit/verify': AUDIT,
  'GET /api/audit/events': EVERY_ROLE,
  'GET /api/staff/:id/history': EVERY_ROLE,
  'GET /api/posts/:id/history': EVERY_ROLE,
  'GET /api/plan/history': EVERY_ROLE,

  'POST /api/staff': HR,
  'GET /api/staff': EVERY_ROLE,
  'GET /api/staff/:id': EVERY_ROLE,
  'POST /api/staff/:id/changes': HR,
  'POST /api/staff/:id/departure': HR,
  'POST /api/staff/:id/erasure': ADMIN,
  'POST /api/staff/:id/qualifications': HR,
  'POST /api/staff/:id/registration-lapse': HR,

  'POST /api/imports/staff': HR,
  'POST /api/imports/qualifications': HR,
  'POST /api/imports/enrolments': HR,
  'POST /api/imports/posts': CLINICAL,

  'POST /api/cohorts': HR,
  'GET /api/cohorts': EVERY_ROLE,
  'GET /api/cohorts/:id': EVERY_ROLE,
  'POST /api/cohorts/:id/enrolments': HR,
  'POST /api/cohorts/:id/enrolments/:staffId/outcome': HR,
  'GET /api/reports/pipeline': EVERY_ROLE,

  'GET /api/plan': EVERY_ROLE,
  'PUT /api/plan': CLINICAL,
  'GET /api/plan/funding': EVERY_ROLE,

  'POST /api/posts': CLINICAL,
  'GET /api/posts': EVERY_ROLE,
  'GET /api/posts/:id': EVERY_ROLE,
  'POST /api/posts/:id/appointments': CLINICAL,
  'POST /api/posts/:id/vacancy': CLINICAL,
  'POST /api/posts/:id/integration': CLINICAL,
  'POST /api/posts/:id/disestablishment': CLINICAL,

  'GET /api/dashboard/tapering': EVERY_ROLE,

  'GET /api/caseloads': EVERY_ROLE,
  'GET /api/caseloads/capacity': EVERY_ROLE,
  'GET /api/caseloads/candidates': EVERY_ROLE,
  'POST /api/staff/:id/caseload/counts': CLINICAL,
  'POST /api/staff/:id/caseload/allocations': CLINICAL,
  'POST /api/staff/:id/caseload/closures': CLINICAL,
  'PUT /api/staff/:id/caseload/cap': CLINICAL,
  'POST /api/staff/:id/caseload/cap/clearance': CLINICAL,
  'GET /api/staff/:id/caseload/history': EVERY_ROLE,

  'GET /api/centre/intakes': EVERY_ROLE,
  'POST /api/centre/intakes/:year/councils': CLINICAL,
  'GET /api/centre/intakes/:year/councils': EVERY_ROLE,
  'GET /api/centre/intakes/:year/councils/:councilId': EVERY_ROLE,
  'POST /api/centre/intakes/:year/councils/:councilId/selection': CLINICAL,
  'POST /api/centre/intakes/:year/councils/:councilId/decline': CLINICAL,
  'POST /api/centre/intakes/:year/councils/:councilId/participants': CLINICAL,
  'POST /api/centre/intakes/:year/councils/:councilId/on-site-support': CLINICAL,
  'POST /api/centre/intakes/:year/attendance': CLINICAL,
  'GET /api/centre/participants': EVERY_ROLE,
  'GET /api/centre/participants/:id': EVERY_ROLE,
  'POST /api/centre/participants/:id/completion': CLINICAL,
  'GET /api/centre/invoices': EVERY_ROLE,
  'GET /api/centre/finances': EVERY_ROLE,
  'GET /api/centre/on-site-support': EVERY_ROLE,
};

const CALLERS = [...ROLES, 'no token', 'expired token', 'tampered token', 'disabled user'] as const;
type Caller = (typeof CALLERS)[number];

const UNAUTHENTICATED = '401 AUTH.UNAUTHENTICATED';
const FORBIDDEN = '403 AUTH.FORBIDDEN';
const ALLOWED = 'allowed';

const expected = (access: Access, caller: Caller): string => {
  if (access === 'public') return ALLOWED;
  if ((ROLES as readonly string[]).includes(caller))
    return (access as readonly string[]).includes(caller) ? ALLOWED : FORBIDDEN;
  return UNAUTHENTICATED;
};

/** What a caller got, in the table's terms: a refusal or a 5xx is shown as status and code. */
const outcome = (status: number, code: unknown): string =>
  status >= 500 || status === 401 || status === 403 ? `${status} ${String(code)}` : ALLOWED;

/** A path the route matches: every `:param` becomes a random UUID. */
const concrete = (path: string): string => path.replace(/:[A-Za-z_]\w*/g, () => randomUUID());

describe.each(testDatabaseKinds())('route × caller access matrix on $name', (kind) => {
  const secret = randomBytes(32).toString('hex');
  let t: TestApp;
  let routes: Route[];
  const tokens = new Map<Caller, string | undefined>();

  beforeAll(async () => {
    t = await startTestApp(kind, { CADRE_JWT_SECRET: secret });
    routes = expressRoutes(t.app);
    for (const role of ROLES) tokens.set(role, await t.tokenFor(role));
    tokens.set('no token', undefined);

    const admin = tokens.get('admin')!;
    const adminClaims = JSON.parse(Buffer.from(admin.split('.')[1], 'base64url').toString()) as { sub: string };
    // Signed with the app's own secret and claims, only out of date.
    const now = Math.floor(Date.now() / 1000);
    const signer = new JwtService({
      secret,
      signOptions: { algorithm: 'HS256', issuer: TOKEN_ISSUER, audience: TOKEN_AUDIENCE },
    });
    const expired = await signer.signAsync({
      sub: adminClaims.sub,
      username: 'admin',
      roles: ['admin'],
      iat: now - 7200,
      exp: now - 60,
    });
    tokens.set('expired token', expired);
    // The admin's own token with one character of its signature changed.
    const [head, body, signature] = admin.split('.');
    const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
    tokens.set('tampered token', `${head}.${body}.${flipped}`);

    // An admin (allowed everywhere) whose account is then disabled.
    const auth = `Bearer ${admin}`;
    const password = `pw-${randomBytes(12).toString('hex')}`;
    const created = await t.http
      .post('/api/users')
      .set('Authorization', auth)
      .send({ username: 'soon.disabled', password, roles: ['admin'] })
      .expect(201);
    const login = await t.http.post('/api/auth/login').send({ username: 'soon.disabled', password }).expect(200);
    await t.http.post(`/api/users/${created.body.id}/disable`).set('Authorization', auth).expect(200);
    tokens.set('disabled user', login.body.accessToken);
  });
  afterAll(() => t?.close());

  it('lists every route the app serves, and no route it does not', () => {
    const served = routes.map(routeName).sort();
    expect({ unlisted: served.filter((r) => !(r in ACCESS)) }).toEqual({ unlisted: [] });
    expect({ gone: Object.keys(ACCESS).filter((r) => !served.includes(r)) }).toEqual({ gone: [] });
    expect(served.length).toBeGreaterThanOrEqual(45);
  });

  it('the tokens are what they claim: each role signs in, the others are refused', async () => {
    const res = await t.http.get('/api/staff').set('Authorization', `Bearer ${tokens.get('expired token')}`);
    expect(res.body).toEqual({ code: 'AUTH.UNAUTHENTICATED', message: expect.stringMatching(/expired/) });
    for (const role of ROLES)
      expect((await t.http.get('/api/staff').set('Authorization', `Bearer ${tokens.get(role)}`)).status).toBe(200);
  });

  it('answers each route as the table says, for every kind of caller', async () => {
    const actual: Record<string, Record<Caller, string>> = {};
    const wanted: Record<string, Record<Caller, string>> = {};
    for (const route of routes) {
      const name = routeName(route);
      const access = ACCESS[name];
      if (!access) continue; // reported by the first test
      actual[name] = {} as Record<Caller, string>;
      wanted[name] = {} as Record<Caller, string>;
      for (const caller of CALLERS) {
        const token = tokens.get(caller);
        const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
        let req = t.http[method](concrete(route.path));
        if (token) req = req.set('Authorization', `Bearer ${token}`);
        const res = method === 'get' ? await req : await req.set('Content-Type', 'application/json').send({});
        actual[name][caller] = outcome(res.status, res.body?.code);
        wanted[name][caller] = expected(access, caller);
      }
    }
    expect(actual).toEqual(wanted);
  }, 120_000);
});
