import { BOROUGHS, BOROUGH_NAMES, STAFF_ROLES, STAFF_ROLE_NAMES } from '../../api/types';

export const boroughOptions: [string, string][] = BOROUGHS.map((b) => [b, BOROUGH_NAMES[b]]);
export const roleOptions: [string, string][] = STAFF_ROLES.map((r) => [r, STAFF_ROLE_NAMES[r]]);

/** FTE as typed (`0.6`) to the number the API takes; text that is not a number is sent as is, for the server to refuse. */
export const fteValue = (text: string | undefined): number | string | undefined =>
  text === undefined ? undefined : /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
