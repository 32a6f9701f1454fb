import { DomainError } from '../shared/domain-error.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

export const MIN_PASSWORD_LENGTH = 12;

/**
 * Length, and not one of the passwords guessed first, as NCSC and NIST SP 800-63B advise:
 * composition rules only make passwords predictable.
 */
export function assertAcceptablePassword(password: string, username?: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    throw new DomainError(
      'AUTH.PASSWORD_TOO_SHORT',
      `A password must be at least ${MIN_PASSWORD_LENGTH} characters long`,
      'invalid',
    );
  const folded = password.normalize('NFKC').toLowerCase();
  const oneCharacter = new Set(folded).size === 1;
  const isUsername = username !== undefined && folded.includes(username.trim().toLowerCase());
  if (COMMON_PASSWORDS.has(folded) || oneCharacter || isUsername)
    throw new DomainError(
      'AUTH.PASSWORD_TOO_COMMON',
      'That password is among the first an attacker would try (or contains the username); choose another',
      'invalid',
    );
}
