/**
 * Which parts of an event are personal data, and whose. A person's personal values are sealed
 * under that person's own key (crypto-shredding, ADR 0080); everything else (borough, role, FTE,
 * levels, dates, ids) stays in clear so counts, WTE and costs survive an erasure.
 */

/** What every personal value reads as once its person's key is gone. */
export const ERASED = '[erased]';

/** Recorded when a person's key is destroyed; its own reason stays readable, as the record of why. */
export const PERSONAL_DATA_ERASED = 'PersonalDataErased';

/** A path into the event: `['data', 'name']`, `['metadata', 'reason']`. */
export type FieldPath = readonly string[];

/** Free text or identifiers in event data, by event type; `metadata.reason` is added for all. */
const DATA_FIELDS: Readonly<Record<string, readonly FieldPath[]>> = {
  StaffHired: [['name'], ['registration', 'number']],
  StaffLeft: [['reason']],
  QualificationRecorded: [['registrationNumber'], ['evidenceRef']],
  SocialWorkRegistrationLapsed: [['registrationNumber'], ['reason']],
  EnrolmentOutcomeRecorded: [['reason']],
  CentreParticipantRegistered: [['name']],
};

export const staffSubject = (staffId: string): string => `staff:${staffId}`;
export const participantSubject = (participantId: string): string => `centre-participant:${participantId}`;

/**
 * The person an event is about: a Centre participant's events name the participant (an on-site
 * session names the clinician too, but is the participant's record); others name a member of staff.
 */
export function subjectOf(data: Record<string, unknown>): string | null {
  if (typeof data.participantId === 'string') return participantSubject(data.participantId);
  if (typeof data.staffId === 'string') return staffSubject(data.staffId);
  return null;
}

export interface PersonalParts {
  subject: string;
  paths: readonly FieldPath[];
}

export function personalPartsOf(type: string, data: Record<string, unknown>): PersonalParts | null {
  if (type === PERSONAL_DATA_ERASED) return null;
  const subject = subjectOf(data);
  if (!subject) return null;
  return {
    subject,
    paths: [...(DATA_FIELDS[type] ?? []).map((p) => ['data', ...p]), ['metadata', 'reason']],
  };
}

/** The string at `path`, if there is one. */
export const stringAt = (root: object, path: FieldPath): string | undefined => {
  let at: unknown = root;
  for (const step of path) at = at && typeof at === 'object' ? (at as Record<string, unknown>)[step] : undefined;
  return typeof at === 'string' ? at : undefined;
};

/** A copy of `root` with the string at `path` replaced (the path must exist). */
export const withStringAt = <T extends object>(root: T, path: FieldPath, value: string): T => {
  const [head, ...rest] = path;
  const inner = (root as Record<string, object>)[head];
  return { ...root, [head]: rest.length ? withStringAt(inner, rest, value) : value };
};
