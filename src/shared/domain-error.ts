/**
 * A broken rule, named by a stable machine-readable code such as `TRAINING.LEVEL_NOT_REACHED`.
 * The HTTP layer maps the kind to a status; the code and message go to the client unchanged.
 */
export type DomainErrorKind = 'rule' | 'not-found' | 'conflict' | 'invalid' | 'forbidden' | 'unavailable';

export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly kind: DomainErrorKind = 'rule',
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (code: string, message: string): DomainError => new DomainError(code, message, 'not-found');
export const conflict = (code: string, message: string): DomainError => new DomainError(code, message, 'conflict');
export const invalid = (code: string, message: string): DomainError => new DomainError(code, message, 'invalid');
