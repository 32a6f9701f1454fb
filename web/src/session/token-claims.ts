import { ROLES, type Role } from './access';

export interface SessionUser {
  username: string;
  roles: Role[];
  /** Seconds since the epoch when the token stops working. */
  expiresAt: number | null;
}

/**
 * Reads the user from the token's claims (the API has no "who am I" endpoint). Roles in the token
 * are informative: the server checks the current ones on every request, and a 401 signs out.
 */
export function userFromToken(token: string): SessionUser | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const json = atob(
      payload
        .replace(/-/g, '+')
        .replace(/_/g, '/')
        .padEnd(Math.ceil(payload.length / 4) * 4, '='),
    );
    const claims = JSON.parse(json) as { username?: unknown; roles?: unknown; exp?: unknown };
    if (typeof claims.username !== 'string' || !Array.isArray(claims.roles)) return null;
    return {
      username: claims.username,
      roles: claims.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r as string)),
      expiresAt: typeof claims.exp === 'number' ? claims.exp : null,
    };
  } catch {
    return null;
  }
}
