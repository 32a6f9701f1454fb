/**
 * Whether an error means the database could not be reached or dropped the connection (as opposed
 * to a bug or a bad query): such a request answers 503 `DATABASE.UNAVAILABLE` and may be retried.
 * Recognised by the driver's error codes: socket errors, SQLSTATE class 08 (connection exception),
 * 57P01-57P03 (server shutting down or starting), the pool's own connection messages, and
 * TypeORM's refusals to go on with a transaction whose connection the driver dropped mid-way (seen
 * by the soak when PostgreSQL restarts under load).
 */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH']);
const SERVER_GONE = new Set(['57P01', '57P02', '57P03']);
const POOL_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Client was closed and is not queryable/i,
  /Query runner already released/i,
  /connection provided by a query runner was already released/i,
];

interface DriverError {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const { code, message, driverError, cause } = error as DriverError;
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SERVER_GONE.has(code) || /^08/.test(code))) return true;
  if (typeof message === 'string' && POOL_MESSAGES.some((pattern) => pattern.test(message))) return true;
  return isDatabaseUnavailable(driverError, depth + 1) || isDatabaseUnavailable(cause, depth + 1);
}
