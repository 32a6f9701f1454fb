import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError, type DomainErrorKind } from '../shared/domain-error.js';
import { isDatabaseUnavailable } from './database-unavailable.js';

export interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  invalid: HttpStatus.BAD_REQUEST,
  forbidden: HttpStatus.FORBIDDEN,
  'not-found': HttpStatus.NOT_FOUND,
  conflict: HttpStatus.CONFLICT,
  rule: HttpStatus.UNPROCESSABLE_ENTITY,
  unavailable: HttpStatus.SERVICE_UNAVAILABLE,
};

const CODE_OF_STATUS: Record<number, string> = {
  400: 'REQUEST.INVALID',
  401: 'AUTH.UNAUTHENTICATED',
  403: 'AUTH.FORBIDDEN',
  404: 'ROUTE.NOT_FOUND',
  405: 'ROUTE.METHOD_NOT_ALLOWED',
  409: 'REQUEST.CONFLICT',
  413: 'REQUEST.TOO_LARGE',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  429: 'REQUEST.TOO_MANY',
};

/** Errors raised by Express's body parser before any Nest code runs. */
interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
}

/** Every error the API can answer with becomes a status and a `{ code, message }` body. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (error instanceof DomainError)
    return {
      status: STATUS_OF_KIND[error.kind],
      body: { code: error.code, message: error.message, details: error.details },
    };
  if (error instanceof HttpException) return fromHttpException(error);
  const parser = error as BodyParserError;
  if (parser?.type === 'entity.parse.failed')
    return { status: 400, body: { code: 'REQUEST.MALFORMED_JSON', message: 'The request body is not valid JSON' } };
  if (parser?.type === 'entity.too.large')
    return { status: 413, body: { code: 'REQUEST.TOO_LARGE', message: 'The request body is larger than allowed' } };
  if (parser?.expose && parser.status && parser.status < 500)
    return {
      status: parser.status,
      body: { code: CODE_OF_STATUS[parser.status] ?? 'REQUEST.INVALID', message: String((error as Error).message) },
    };
  if (isDatabaseUnavailable(error))
    return {
      status: 503,
      body: { code: 'DATABASE.UNAVAILABLE', message: 'The database is not answering; try again shortly' },
    };
  return { status: 500, body: { code: 'INTERNAL', message: 'Something went wrong on our side; it has been logged' } };
}

function fromHttpException(error: HttpException): { status: number; body: ErrorBody } {
  const status = error.getStatus();
  const response = error.getResponse();
  if (typeof response === 'object' && response !== null && 'code' in response && 'message' in response) {
    const r = response as ErrorBody;
    return { status, body: { code: r.code, message: r.message, details: r.details } };
  }
  const code = CODE_OF_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'REQUEST.INVALID');
  const message =
    typeof response === 'object' && response !== null && 'message' in response
      ? (response as { message: unknown }).message
      : error.message;
  if (Array.isArray(message))
    return { status, body: { code: 'VALIDATION.FAILED', message: message.join('; '), details: message } };
  return { status, body: { code, message: String(message) } };
}
