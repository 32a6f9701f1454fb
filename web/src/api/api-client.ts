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

/** What an upload reports while the body is on its way, then once the server holds all of it. */
export interface UploadWatch {
  onSent?(sent: number, total: number): void;
  onUploaded?(): void;
}

export interface ApiClient {
  get<T>(path: string, query?: Query): Promise<T>;
  send<T>(method: 'POST' | 'PUT', path: string, body?: unknown): Promise<T>;
  /** POSTs a file as the request body; fetch cannot report upload progress, so this uses XMLHttpRequest. */
  upload<T>(path: string, file: Blob, contentType: string, watch?: UploadWatch): Promise<T>;
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

const NETWORK: ErrorBody = { code: 'NETWORK', message: 'The server cannot be reached. Check the connection.' };

export function createApiClient({ token, view, onUnauthenticated }: ClientOptions): ApiClient {
  /** The answer's JSON, or the same ApiError for a refusal whichever way the request was sent. */
  const answer = <T>(status: number, text: string): T => {
    let value: unknown = null;
    try {
      value = text ? JSON.parse(text) : null;
    } catch {
      value = null;
    }
    if (status < 200 || status >= 300) {
      const error = new ApiError(status, asErrorBody(status, value));
      if (status === 401 && token) onUnauthenticated();
      throw error;
    }
    return value as T;
  };
  const call = async <T>(method: string, url: string, body?: unknown): Promise<T> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ApiError(0, NETWORK);
    }
    return answer<T>(response.status, await response.text());
  };
  const upload = <T>(url: string, file: Blob, contentType: string, watch: UploadWatch = {}): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.setRequestHeader('accept', 'application/json');
      xhr.setRequestHeader('content-type', contentType);
      if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
      xhr.upload.onprogress = (e) => watch.onSent?.(e.loaded, e.lengthComputable ? e.total : file.size);
      xhr.upload.onload = () => watch.onUploaded?.();
      xhr.onerror = () => reject(new ApiError(0, NETWORK));
      xhr.onload = () => {
        try {
          resolve(answer<T>(xhr.status, xhr.responseText));
        } catch (error) {
          reject(error as Error);
        }
      };
      xhr.send(file);
    });
  return {
    get: (path, query = {}) => call('GET', `${path}${readQuery(path, query, view)}`),
    send: (method, path, body) => call(method, path, body ?? {}),
    upload,
  };
}
