import type { Role } from './roles.js';

/** Claims of a cadre access token (HS256). Roles are informative; the guard reads current roles from storage. */
export interface AccessTokenClaims {
  sub: string;
  username: string;
  roles: Role[];
  iat?: number;
  exp?: number;
}

export const TOKEN_ISSUER = 'cadre';
export const TOKEN_AUDIENCE = 'cadre-api';
