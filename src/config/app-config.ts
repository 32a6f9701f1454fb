import type { Clock } from '../shared/clock.js';
import { DEFAULT_PROGRAMME_START, isProgrammeStart } from '../shared/programme-year.js';
import { parseMasterKey } from '../personal-data/master-keys.js';

/**
 * Every setting cadre reads, validated once at start-up. A missing or malformed value stops the
 * app with a message naming the variable. Names are stable: operators and other modules use them.
 */
export interface AppConfig {
  port: number;
  /** Real PostgreSQL; when absent cadre runs on embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  dataDir: string;
  kurrentDbUrl?: string;
  adminPassword?: string;
  /** Absent only on the embedded default, where a secret is generated and kept in `dataDir`. */
  jwtSecret?: string;
  /**
   * Wraps every person's data key (CADRE_MASTER_KEY, 32 bytes as hex or base64). Absent only on the
   * embedded default, where one is generated and kept in `dataDir`. `previousMasterKeys`
   * (CADRE_MASTER_KEY_PREVIOUS, comma-separated) only unwrap keys not yet rewrapped after a rotation.
   */
  masterKey?: string;
  previousMasterKeys: string[];
  jwtTtlSeconds: number;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  bodyLimit: string;
  /** Sign-in attempts allowed per client address, and per username, in each window (see auth/login-throttling.ts). */
  loginLimitPerAddress: number;
  loginLimitPerUser: number;
  loginWindowSeconds: number;
  /** Browser origins allowed to call the API cross-origin (CADRE_CORS_ORIGINS, comma-separated); none by default. */
  corsOrigins: string[];
  /** Express `trust proxy` (CADRE_TRUST_PROXY): which proxies' X-Forwarded-For gives the client address. */
  trustProxy: boolean | number | string;
  /** How long SIGTERM waits for requests in flight and the projections' current batch (CADRE_SHUTDOWN_TIMEOUT_MS). */
  shutdownTimeoutMs: number;
  /** Whether this instance follows the projections (CADRE_PROJECTIONS=off for a command-only instance). */
  runProjections: boolean;
  /** 1 April on which programme Year 1 starts (CADRE_PROGRAMME_START, default 2016-04-01). */
  programmeStart: string;
  /** Plan adopted on first start (CADRE_PLAN_FILE; default plans/triborough-2016.json in the project). */
  planFile?: string;
  /**
   * How long a command sent with an Idempotency-Key is reserved for the instance running it
   * (CADRE_IDEMPOTENCY_LEASE_MS), renewed while it runs; a retry after that takes it over.
   */
  idempotencyLeaseMs: number;
  /** Test hook only (CADRE_TEST_CRASH_TOKEN, refused with NODE_ENV=production): see commands/crash-hook.ts. */
  testCrashToken?: string;
  /** The web app's production build (CADRE_WEB_DIR; default web/dist in the project). */
  webDir?: string;
}

export class ConfigError extends Error {}

const integer = (name: string, raw: string | undefined, fallback: number, min: number, max: number): number => {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  return value;
};

const url = (name: string, raw: string | undefined, protocols: string[]): string | undefined => {
  if (!raw) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a valid URL`);
  }
  if (!protocols.includes(parsed.protocol))
    throw new ConfigError(`${name} must start with ${protocols.join(' or ')} (got ${parsed.protocol})`);
  return raw;
};

const programmeStart = (raw: string | undefined): string => {
  if (!raw) return DEFAULT_PROGRAMME_START;
  if (!isProgrammeStart(raw))
    throw new ConfigError(`CADRE_PROGRAMME_START must be 1 April of a year as YYYY-04-01, got "${raw}"`);
  return raw;
};

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const databaseUrl = url('DATABASE_URL', env.DATABASE_URL, ['postgres:', 'postgresql:']);
  const jwtSecret = env.CADRE_JWT_SECRET || undefined;
  if (databaseUrl && !jwtSecret) throw new ConfigError('CADRE_JWT_SECRET is required when DATABASE_URL is set');
  if (jwtSecret && jwtSecret.length < 32) throw new ConfigError('CADRE_JWT_SECRET must be at least 32 characters');
  const masterKey = env.CADRE_MASTER_KEY || undefined;
  if (databaseUrl && !masterKey) throw new ConfigError('CADRE_MASTER_KEY is required when DATABASE_URL is set');
  const previousMasterKeys = (env.CADRE_MASTER_KEY_PREVIOUS ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  for (const [name, key] of [
    ['CADRE_MASTER_KEY', masterKey],
    ...previousMasterKeys.map((k) => ['CADRE_MASTER_KEY_PREVIOUS', k]),
  ] as const)
    if (key !== undefined && !isMasterKey(key))
      throw new ConfigError(`${name} must be 32 bytes as 64 hex digits or base64 (openssl rand -hex 32)`);
  const logLevel = (env.LOG_LEVEL || 'info') as AppConfig['logLevel'];
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel))
    throw new ConfigError('LOG_LEVEL must be one of debug, info, warn, error');
  return {
    port: integer('PORT', env.PORT, 3000, 0, 65535),
    databaseUrl,
    dataDir: env.CADRE_DATA_DIR || './data',
    kurrentDbUrl: kurrentDbUrl(env.KURRENTDB_URL),
    adminPassword: env.CADRE_ADMIN_PASSWORD || undefined,
    jwtSecret,
    masterKey,
    previousMasterKeys,
    jwtTtlSeconds: integer('CADRE_JWT_TTL_SECONDS', env.CADRE_JWT_TTL_SECONDS, 8 * 3600, 60, 30 * 24 * 3600),
    logLevel,
    bodyLimit: env.CADRE_BODY_LIMIT || '100kb',
    loginLimitPerAddress: integer('CADRE_LOGIN_LIMIT_PER_ADDRESS', env.CADRE_LOGIN_LIMIT_PER_ADDRESS, 10, 1, 1_000_000),
    loginLimitPerUser: integer('CADRE_LOGIN_LIMIT_PER_USER', env.CADRE_LOGIN_LIMIT_PER_USER, 30, 1, 1_000_000),
    loginWindowSeconds: integer('CADRE_LOGIN_WINDOW_SECONDS', env.CADRE_LOGIN_WINDOW_SECONDS, 300, 1, 86_400),
    trustProxy: trustProxy(env.CADRE_TRUST_PROXY),
    corsOrigins: corsOrigins(env.CADRE_CORS_ORIGINS),
    shutdownTimeoutMs: integer('CADRE_SHUTDOWN_TIMEOUT_MS', env.CADRE_SHUTDOWN_TIMEOUT_MS, 10_000, 100, 600_000),
    runProjections: (env.CADRE_PROJECTIONS || 'on') !== 'off',
    programmeStart: programmeStart(env.CADRE_PROGRAMME_START),
    planFile: env.CADRE_PLAN_FILE || undefined,
    idempotencyLeaseMs: integer('CADRE_IDEMPOTENCY_LEASE_MS', env.CADRE_IDEMPOTENCY_LEASE_MS, 10_000, 500, 600_000),
    testCrashToken: testCrashToken(env),
    webDir: env.CADRE_WEB_DIR || undefined,
  };
}

const KURRENT_PROTOCOLS = ['kurrentdb:', 'esdb:', 'kurrent:', 'esdb+discover:', 'kurrentdb+discover:'];
/** A cluster's gossip seeds, `kurrentdb://node1:2113,node2:2113,node3:2113?…`, which URL parsing refuses. */
const GOSSIP_SEEDS = /^(kurrentdb|esdb|kurrent):\/\/([^@/?\s]+@)?[^,/?@\s:]+(:\d+)?(,[^,/?@\s:]+(:\d+)?)+\/?(\?\S*)?$/;

function kurrentDbUrl(raw: string | undefined): string | undefined {
  if (raw && GOSSIP_SEEDS.test(raw)) return raw;
  return url('KURRENTDB_URL', raw, KURRENT_PROTOCOLS);
}

/** The crash hook is for test servers: never with NODE_ENV=production, never with a guessable token. */
function testCrashToken(env: Record<string, string | undefined>): string | undefined {
  const token = env.CADRE_TEST_CRASH_TOKEN;
  if (!token) return undefined;
  if (env.NODE_ENV === 'production')
    throw new ConfigError('CADRE_TEST_CRASH_TOKEN is a test hook and is refused with NODE_ENV=production');
  if (token.length < 32 || /\s/.test(token))
    throw new ConfigError('CADRE_TEST_CRASH_TOKEN must be at least 32 characters without spaces');
  return token;
}

function corsOrigins(raw: string | undefined): string[] {
  const origins = (raw ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== origin)
      throw new ConfigError(`CADRE_CORS_ORIGINS: "${origin}" is not an origin like https://hr.example.gov.uk`);
  }
  return origins;
}

/** Off unless set: `true`, a hop count, or Express's list form (`loopback`, `10.0.0.0/8, 127.0.0.1`). */
function trustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * What an embedding program (tests, the bench, the CLI) may hand the app besides the environment:
 * a clock to fix "today", and a data-directory dump to start an in-memory embedded database from.
 */
export interface AppOptions {
  clock?: Clock;
  embeddedInitialData?: Blob;
}

export const APP_OPTIONS = Symbol('APP_OPTIONS');

const isMasterKey = (text: string): boolean => {
  try {
    parseMasterKey(text, 'key');
    return true;
  } catch {
    return false;
  }
};
