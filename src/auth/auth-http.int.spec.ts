import {
  Catch,
  Controller,
  Get,
  Global,
  HttpException,
  Module,
  ValidationPipe,
  type ArgumentsHost,
  type ExceptionFilter,
  type INestApplication,
} from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { openDatabaseTarget, type DatabaseTarget } from '../database/database-options.js';
import { DomainError } from '../shared/domain-error.js';
import { AuthModule } from './auth.module.js';

/** AuthModule alone over HTTP on embedded PGlite: the app's own wiring is covered by test/e2e. */

const STATUS = { invalid: 400, 'not-found': 404, conflict: 409, rule: 422, forbidden: 403, unavailable: 503 } as const;

@Catch()
class CodedErrorFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<{ status(code: number): { json(body: unknown): void } }>();
    if (error instanceof DomainError)
      return response.status(STATUS[error.kind]).json({ code: error.code, message: error.message });
    if (error instanceof HttpException) {
      const body = error.getResponse() as { code?: string; message?: unknown };
      return response.status(error.getStatus()).json({ code: body.code ?? 'REQUEST.INVALID', message: body.message });
    }
    response.status(500).json({ code: 'INTERNAL', message: String(error) });
  }
}

@Controller('health')
class HealthController {
  @Get()
  check(): { ok: true } {
    return { ok: true };
  }
}

describe('AuthModule over HTTP', () => {
  const adminPassword = 'first admin password';
  let dataDir: string;
  let target: DatabaseTarget;
  let app: INestApplication;
  let http: ReturnType<typeof request>;

  const login = async (username: string, password: string): Promise<string> => {
    const response = await http.post('/api/auth/login').send({ username, password }).expect(200);
    return response.body.accessToken as string;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cadre-auth-'));
    target = await openDatabaseTarget({ dataDir: 'memory://' });
    const config = { dataDir, adminPassword, jwtTtlSeconds: 600 } as AppConfig;
    @Global()
    @Module({ providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] })
    class TestConfigModule {}
    const moduleRef = await Test.createTestingModule({
      imports: [
        TestConfigModule,
        TypeOrmModule.forRoot({ ...target.options, migrationsRun: true, retryAttempts: 0 }),
        AuthModule,
      ],
      controllers: [HealthController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
    app.useGlobalFilters(new CodedErrorFilter());
    await app.init();
    http = request(app.getHttpServer());
  });

  afterAll(async () => {
    await app?.close();
    await target?.dispose();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates the first admin from CADRE_ADMIN_PASSWORD and logs it in', async () => {
    const response = await http
      .post('/api/auth/login')
      .send({ username: 'admin', password: adminPassword })
      .expect(200);
    expect(response.body).toEqual({ accessToken: expect.any(String), expiresIn: 600 });
  });

  it('answers a wrong password and an unknown user with the same 401', async () => {
    const wrong = await http
      .post('/api/auth/login')
      .send({ username: 'admin', password: 'not the password' })
      .expect(401);
    const unknown = await http.post('/api/auth/login').send({ username: 'ghost', password: adminPassword }).expect(401);
    expect(wrong.body).toEqual({ code: 'AUTH.INVALID_CREDENTIALS', message: 'Wrong username or password' });
    expect(unknown.body).toEqual(wrong.body);
  });

  it('needs a token under /api but not outside it', async () => {
    const response = await http.get('/api/users').expect(401);
    expect(response.body).toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
    await http.get('/api/users').set('Authorization', 'Bearer a.b.c').expect(401);
    await http.get('/health').expect(200);
  });

  it('lets an admin create and list users, without password hashes', async () => {
    const token = await login('admin', adminPassword);
    const created = await http
      .post('/api/users')
      .set('Authorization', `Bearer ${token}`)
      .send({ username: 'Nurse.Ratched', password: 'a perfectly long password', roles: ['clinical-lead'] })
      .expect(201);
    expect(created.body).toEqual({ id: expect.any(String), username: 'nurse.ratched', roles: ['clinical-lead'] });
    const listed = await http.get('/api/users').set('Authorization', `Bearer ${token}`).expect(200);
    expect(listed.body.map((u: { username: string }) => u.username)).toEqual(['admin', 'nurse.ratched']);
    expect(JSON.stringify(listed.body)).not.toMatch(/scrypt|"password"|passwordHash|password_hash/i);
  });

  it('refuses a duplicate username, a short password and bad input with coded errors', async () => {
    const token = await login('admin', adminPassword);
    const post = (body: object) => http.post('/api/users').set('Authorization', `Bearer ${token}`).send(body);
    const good = { username: 'dup.user', password: 'a perfectly long password', roles: ['hr'] };
    await post(good).expect(201);
    expect((await post({ ...good, username: 'DUP.USER' }).expect(409)).body).toMatchObject({
      code: 'USERS.USERNAME_TAKEN',
    });
    expect((await post({ ...good, username: 'short.pw', password: 'too short' }).expect(400)).body).toMatchObject({
      code: 'AUTH.PASSWORD_TOO_SHORT',
    });
    await post({ ...good, username: 'wizard', roles: ['wizard'] }).expect(400);
    await post({ ...good, username: 'noroles', roles: [] }).expect(400);
    await post({ ...good, username: 'has space' }).expect(400);
    await post({ ...good, username: 'extra', isAdmin: true }).expect(400);
  });

  it('gives a user without the role 403, and stops a disabled user at once', async () => {
    const admin = await login('admin', adminPassword);
    const created = await http
      .post('/api/users')
      .set('Authorization', `Bearer ${admin}`)
      .send({ username: 'hr.person', password: 'a perfectly long password', roles: ['hr'] })
      .expect(201);
    const hr = await login('hr.person', 'a perfectly long password');
    const forbidden = await http.get('/api/users').set('Authorization', `Bearer ${hr}`).expect(403);
    expect(forbidden.body).toEqual({ code: 'AUTH.FORBIDDEN', message: expect.any(String) });

    const disabled = await http
      .post(`/api/users/${created.body.id}/disable`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(200);
    expect(disabled.body).toMatchObject({ id: created.body.id, disabled: true });
    expect((await http.get('/api/users').set('Authorization', `Bearer ${hr}`).expect(401)).body).toMatchObject({
      code: 'AUTH.UNAUTHENTICATED',
    });
    await http
      .post('/api/auth/login')
      .send({ username: 'hr.person', password: 'a perfectly long password' })
      .expect(401);
  });

  it('rejects a malformed user id and an unknown one', async () => {
    const admin = await login('admin', adminPassword);
    await http.post('/api/users/not-a-uuid/disable').set('Authorization', `Bearer ${admin}`).expect(400);
    await http
      .post('/api/users/00000000-0000-4000-8000-000000000000/disable')
      .set('Authorization', `Bearer ${admin}`)
      .expect(404);
  });
});
