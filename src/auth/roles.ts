/** Every role cadre knows. Permissions are granted per route with `@Roles(...)`. */
export const ROLES = ['admin', 'hr', 'clinical-lead', 'auditor'] as const;

export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);
