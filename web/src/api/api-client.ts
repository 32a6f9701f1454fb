import { readQuery, type AsAtView, type Query } from '../as-at/as-at-view';
import type { ErrorBody } from './error-words';

/** A refused or failed request, carrying the server's `{ code, message, details }`. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
}

export interface ApiClient {
  get<T>(path: string, query?: Query): Promise<T>;
  send<T>(method: 'POST' | 'PUT', path: string, body?: unknown): Promise<T>;
}

interface ClientOptions {
  token: string | null;
  view: AsAtView;
  onUnauthenticated: () => void;
}

const asErrorBody = (status: number, value: unknown): ErrorBody => {
  const body = value as Partial<ErrorBody> | null;
  if (body && typeof body.code === 'string' && typeof body.message === 'string')
    return { code: body.code, message: body.message, details: body.details };
  return { code: status >= 500 ? 'INTERNAL' : 'REQUEST.INVALID', message: `The server answered ${status}` };
};

export function createApiClient({ token, view, onUnauthenticated }: ClientOptions): ApiClient {
  const call = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ApiError(0, { code: 'NETWORK', message: 'The server cannot be reached. Check the connection.' });
    }
    const text = await response.text();
    let value: unknown = null;
    try {
      value = text ? JSON.parse(text) : null;
    } catch {
      value = null;
    }
    if (!response.ok) {
      const error = new ApiError(response.status, asErrorBody(response.status, value));
      if (response.status === 401 && token) onUnauthenticated();
      throw error;
    }
    return value as T;
  };
  return {
    get: (path, query = {}) => call('GET', `${path}${readQuery(path, query, view)}`),
    send: (method, path, body) => call(method, path, body ?? {}),
  };
}
