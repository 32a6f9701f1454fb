import { ConfigError, loadConfig } from './app-config.js';

describe('CADRE_PROGRAMME_START', () => {
  it('defaults to 1 April 2016, the start of programme Year 1', () => {
    expect(loadConfig({}).programmeStart).toBe('2016-04-01');
  });

  it('takes another 1 April', () => {
    expect(loadConfig({ CADRE_PROGRAMME_START: '2018-04-01' }).programmeStart).toBe('2018-04-01');
  });

  it.each(['2018-01-01', '2018-04-31', 'next April'])('stops start-up on %p, naming the setting', (value) => {
    expect(() => loadConfig({ CADRE_PROGRAMME_START: value })).toThrow(ConfigError);
    expect(() => loadConfig({ CADRE_PROGRAMME_START: value })).toThrow(/CADRE_PROGRAMME_START/);
  });
});

describe('CADRE_TEST_CRASH_TOKEN (test hook)', () => {
  const token = 'a-test-crash-token-of-enough-length-0123';

  it('is off unless set', () => {
    expect(loadConfig({}).testCrashToken).toBeUndefined();
  });

  it('is taken outside production', () => {
    expect(loadConfig({ CADRE_TEST_CRASH_TOKEN: token, NODE_ENV: 'test' }).testCrashToken).toBe(token);
  });

  it('stops start-up with NODE_ENV=production, naming the setting', () => {
    expect(() => loadConfig({ CADRE_TEST_CRASH_TOKEN: token, NODE_ENV: 'production' })).toThrow(
      /CADRE_TEST_CRASH_TOKEN is a test hook/,
    );
  });

  it('refuses a short token', () => {
    expect(() => loadConfig({ CADRE_TEST_CRASH_TOKEN: 'short' })).toThrow(/at least 32 characters/);
  });
});

describe('CADRE_IDEMPOTENCY_LEASE_MS', () => {
  it('defaults to 10 s and refuses less than half a second', () => {
    expect(loadConfig({}).idempotencyLeaseMs).toBe(10_000);
    expect(() => loadConfig({ CADRE_IDEMPOTENCY_LEASE_MS: '100' })).toThrow(/CADRE_IDEMPOTENCY_LEASE_MS/);
  });
});

describe('KURRENTDB_URL', () => {
  it.each([
    'kurrentdb://127.0.0.1:2113?tls=false',
    'kurrentdb+discover://cluster.example.gov.uk:2113?tls=true',
    'kurrentdb://node1:2113,node2:2113,node3:2113?nodePreference=leader&tls=true',
    'kurrentdb://admin:changeit@node1:2113,node2:2113,node3:2113',
  ])('takes %p, a single node, a DNS-discovered cluster or three gossip seeds', (value) => {
    expect(loadConfig({ KURRENTDB_URL: value }).kurrentDbUrl).toBe(value);
  });

  it.each(['http://node1:2113', 'kurrentdb://node1:2113,node2:port', 'not a url'])('stops start-up on %p', (value) => {
    expect(() => loadConfig({ KURRENTDB_URL: value })).toThrow(/KURRENTDB_URL/);
  });
});
