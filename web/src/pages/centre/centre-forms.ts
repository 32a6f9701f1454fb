import {
  GROUP_NAMES,
  GROUPS,
  type AttendanceKind,
  type Council,
  type Intake,
  type Places,
} from '../../api/centre-types';
import type { Staff } from '../../api/types';
import { shortDate } from '../../components/dates';

/** Places still free in each group of one council: the plan's places less those taken. */
export const placesLeft = (perCouncil: Places, taken: Places): Places =>
  Object.fromEntries(GROUPS.map((g) => [g, Math.max(0, perCouncil[g] - taken[g])])) as Places;

/** The groups to register into, each saying how many places are left (a full group stays choosable: the server says why not). */
export const groupOptions = (intake: Intake, council: Council): [string, string][] => {
  const left = placesLeft(intake.placesPerCouncil, council.participants);
  return GROUPS.map((g) => [g, `${GROUP_NAMES[g]} (${left[g]} of ${intake.placesPerCouncil[g]} left)`]);
};

/**
 * A day's register as the API takes it: only the details its kind goes with, since the server
 * refuses a service on a classroom day, and the participants ticked.
 */
export const attendanceBody = (values: Record<string, string>, participantIds: string[]) => {
  const { on, kind, service, borough, staffId, reason } = values;
  const extra: Partial<Record<string, string>> =
    kind === 'embedded' ? { service, borough } : kind === 'on-site' ? { staffId } : {};
  return { on, kind: kind as AttendanceKind, ...extra, participantIds, reason };
};

/** Clinicians to choose from: those still in post first; a leaver can still be named for days before they left. */
export const staffOptions = (staff: readonly Staff[]): [string, string][] =>
  [...staff]
    .sort((a, b) => Number(a.leftOn !== null) - Number(b.leftOn !== null) || a.name.localeCompare(b.name, 'en-GB'))
    .map((s) => [s.id, `${s.name} (${s.borough}${s.leftOn ? `, left ${shortDate(s.leftOn)}` : ''})`]);

/** Hours as typed (`7.5`) to the number the API takes; anything else is sent as typed, for the server to refuse in words. */
export const hoursValue = (text: string | undefined): number | string | undefined =>
  text === undefined ? undefined : /^\d+(\.\d+)?$/.test(text) ? Number(text) : text;
