import type { Role } from './roles.js';

/** The caller of a request, as put on `request.user` by `JwtAuthGuard`; the actor of every event it causes. */
export interface AuthenticatedUser {
  id: string;
  username: string;
  roles: Role[];
}
