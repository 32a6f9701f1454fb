import { DomainError } from '../shared/domain-error.js';

export const MIN_PASSWORD_LENGTH = 12;

/** Length is the one rule that measurably helps; composition rules only make passwords predictable. */
export function assertAcceptablePassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    throw new DomainError(
      'AUTH.PASSWORD_TOO_SHORT',
      `A password must be at least ${MIN_PASSWORD_LENGTH} characters long`,
      'invalid',
    );
}
