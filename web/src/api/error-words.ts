import { longDate } from '../components/dates';

/**
 * The server's coded errors in plain English. Codes are stable strings (README, "API
 * conventions"); a code not listed here falls back to the server's own message, so a new code is
 * never shown as a bare code. `field` names the form field the error is about, when it is about one.
 */
export interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

type Details = Record<string, unknown>;

interface Words {
  /** Words, or words built from the error's details (a closing date, the places left). */
  text: string | ((details: Details) => string);
  /** The field, or the fields the same code can concern on different forms: the first one the form shows. */
  field?: string | readonly string[];
}

const placesLeftWords = ({ group, places, taken }: Details): string => {
  const who = String(group ?? '').replace(/-/g, ' ');
  const left = Number(places) - Number(taken);
  if (!(left > 0)) return `No ${who} places are left: all ${String(places)} are taken.`;
  return `Only ${left} ${who} ${left === 1 ? 'place is' : 'places are'} left.`;
};

const WORDS: Record<string, Words> = {
  'AUTH.INVALID_CREDENTIALS': { text: 'That username and password do not match an account.' },
  'AUTH.TOO_MANY_ATTEMPTS': { text: 'Too many failed sign-ins. Wait a few minutes, then try again.' },
  'AUTH.UNAUTHENTICATED': { text: 'Your session has ended. Sign in again.' },
  'AUTH.FORBIDDEN': { text: 'Your role does not allow this.' },
  'DATABASE.UNAVAILABLE': { text: 'The database is not answering. Try again in a moment.' },
  'EVENT_STORE.UNAVAILABLE': { text: 'The event store is not answering. Try again in a moment.' },
  'EVENT_STORE.VERSION_CONFLICT': { text: 'Someone else changed this at the same moment. Reload and try again.' },
  'REQUEST.TOO_LARGE': { text: 'That is more than the server accepts in one go.' },
  INTERNAL: { text: 'Something went wrong on the server. It has been logged; try again.' },
  'STAFF.NOT_FOUND': { text: 'There is no such member of staff.' },
  'STAFF.HAS_LEFT': { text: 'This person has left; their record can no longer change.' },
  'STAFF.NO_CHANGE': { text: 'Nothing would change: the values are the ones already recorded.' },
  'STAFF.EFFECTIVE_BEFORE_START': { text: 'The date is before the person started.', field: 'effectiveOn' },
  'STAFF.EFFECTIVE_BEFORE_LAST_CHANGE': {
    text: 'The date is before the last change already recorded.',
    field: 'effectiveOn',
  },
  'STAFF.FTE_BELOW_POSTS_HELD': { text: 'The FTE would be less than the posts this person holds.', field: 'fte' },
  'STAFF.ALREADY_REGISTERED': { text: 'This person is already registered as a social worker.', field: 'kind' },
  'STAFF.NOT_REGISTERED': { text: 'This person is not registered as a social worker.' },
  'STAFF.LAPSE_BEFORE_REGISTRATION': { text: 'The lapse date is before the registration.', field: 'lapsedOn' },
  'STAFF.QUALIFICATION_ALREADY_RECORDED': { text: 'This qualification is already recorded.', field: 'kind' },
  'STAFF.INVALID_REGISTRATION': { text: 'That is not a Social Work England number (SW and digits).' },
  'STAFF.INVALID_DATE': { text: 'That is not a real date.' },
  'COHORT.NOT_FOUND': { text: 'There is no such cohort.' },
  'COHORT.ALREADY_ENDED': { text: 'This cohort has already ended.', field: 'enrolledOn' },
  'COHORT.INVALID_DATES': { text: 'The cohort must end after it starts.', field: 'endsOn' },
  'COHORT.INVALID_CAPACITY': { text: 'Capacity must be a whole number of places, at least 1.', field: 'capacity' },
  'TRAINING.LEVEL_NOT_REACHED': {
    text: 'This person has not completed the level before this one, so cannot start it yet.',
    field: 'staffId',
  },
  'TRAINING.ALREADY_ENROLLED': { text: 'This person already holds a place.', field: 'staffId' },
  'TRAINING.ALREADY_WAITLISTED': { text: 'This person is already on a waiting list.', field: 'staffId' },
  'TRAINING.LEVEL_ALREADY_COMPLETED': { text: 'This person has already completed this level.', field: 'staffId' },
  'TRAINING.NOT_ENROLLED': { text: 'This person does not hold a place in this cohort.' },
  'TRAINING.OUTCOME_ALREADY_RECORDED': { text: 'An outcome is already recorded for this place.' },
  'TRAINING.OUTCOME_BEFORE_ENROLMENT': { text: 'The outcome date is before the enrolment.', field: 'on' },
  'POSTS.NOT_FOUND': { text: 'There is no such post.' },
  'POSTS.HELD': { text: 'Someone holds this post: record the vacancy first.' },
  'POSTS.TARGET_VACANT': { text: 'Nobody holds that social work post.', field: 'intoPostId' },
  'POSTS.HOLDER_NOT_DUAL_QUALIFIED': {
    text: 'The person in that social work post is not dual qualified.',
    field: 'intoPostId',
  },
  'POSTS.NOT_A_CLINICIAN_POST': { text: 'Only clinician posts can be integrated.' },
  'POSTS.NOT_A_SOCIAL_WORK_POST': { text: 'The work can only move into a social work post.', field: 'intoPostId' },
  'POSTS.INTEGRATED_WTE_EXCEEDS_POST': {
    text: 'That social work post cannot carry more clinician WTE than its own.',
    field: 'intoPostId',
  },
  'POSTS.INTEGRATED': { text: 'This post has already been integrated.' },
  'POSTS.DISESTABLISHED': { text: 'This post no longer exists.' },
  'POSTS.DATE_BEFORE_ESTABLISHMENT': { text: 'The date is before the post was established.', field: 'on' },
  'POSTS.DATE_BEFORE_LAST_CHANGE': { text: 'The date is before the last change to the post.', field: 'on' },
  // Spreadsheet imports: a file's problems carry these codes, besides the commands' own (docs/imports.md).
  'IMPORT.REJECTED': { text: 'The file has problems, so nothing was imported.' },
  'IMPORT.NOT_CSV': { text: 'The file was not sent as CSV. Choose a .csv file and try again.' },
  'IMPORT.COHORT_MISMATCH': {
    text: 'The cohort (same level, provider and start) is already recorded with a different end date or number of places.',
  },
  'VALIDATION.REQUIRED': { text: 'A value is required here.' },
  'VALIDATION.INVALID_DATE': { text: 'Not a real date: write it as YYYY-MM-DD or DD/MM/YYYY, day first.' },
  'VALIDATION.INVALID_NUMBER': { text: 'Not a number: digits only, with a point for decimals.' },
  'VALIDATION.INVALID_AMOUNT': { text: 'Not an amount in pounds, such as 60000 or £60,000.00.' },
  'VALIDATION.INVALID_KEY': { text: 'Not a reference: letters, digits and . _ / - only, at most 50.' },
  'VALIDATION.INVALID_ID': { text: 'Not a cadre staff id.' },
  'VALIDATION.TOO_LONG': { text: 'Longer than this column allows.' },
  'VALIDATION.BOTH_GIVEN': { text: 'Give the employee number or the staff id, not both.' },
  'VALIDATION.COLUMN_COUNT': { text: 'The row has more cells than the header has columns.' },
  'VALIDATION.UNKNOWN_COLUMN': { text: 'This kind of file has no column of that name: check the spelling.' },
  'VALIDATION.DUPLICATE_COLUMN': { text: 'The header names this column twice.' },
  'VALIDATION.MISSING_COLUMN': { text: 'The header lacks this required column, so no row could be checked.' },
  'VALIDATION.MALFORMED_CSV': { text: 'A quoted cell is never closed, so the rest of the file cannot be read.' },
  'VALIDATION.NOT_UTF8': { text: 'The file is not UTF-8 text: save it from Excel as “CSV UTF-8”.' },
  'VALIDATION.EMPTY_FILE': { text: 'The file is empty: it has no header row.' },
  'STAFF.ALREADY_HIRED': { text: 'Someone is already hired under this employee number.' },
  'STAFF.INVALID_NAME': { text: 'A name is required.', field: 'name' },
  'STAFF.INVALID_BOROUGH': { text: 'The borough must be LBHF, RBKC or WCC.', field: 'borough' },
  'STAFF.INVALID_ROLE': { text: 'That is not one of the roles cadre knows.', field: 'role' },
  'STAFF.INVALID_FTE': { text: 'The FTE must be more than 0 and at most 1, with at most two decimals.', field: 'fte' },
  'STAFF.INVALID_REASON': { text: 'A reason is required.', field: 'reason' },
  'STAFF.INVALID_EVIDENCE': { text: 'Say where the evidence is kept.', field: 'evidenceRef' },
  'STAFF.INVALID_LEVEL': { text: 'A systemic level is 1, 2, 3 or 4.', field: 'level' },
  'STAFF.INVALID_QUALIFICATION': { text: 'That is not a kind of qualification cadre records.', field: 'kind' },
  'COHORT.INVALID_LEVEL': { text: 'A systemic level is 1, 2, 3 or 4.', field: 'level' },
  'COHORT.INVALID_NAME': { text: 'The cohort needs a name.', field: 'name' },
  'COHORT.INVALID_PROVIDER': { text: 'The cohort needs a provider.', field: 'provider' },
  'COHORT.ALREADY_SCHEDULED': { text: 'This cohort is already scheduled.' },
  'TRAINING.INVALID_DATE': { text: 'That is not a real date.' },
  'TRAINING.INVALID_OUTCOME': {
    text: 'The outcome must be completed, failed, withdrawn or deferred.',
    field: 'outcome',
  },
  'POSTS.ALREADY_ESTABLISHED': { text: 'A post with this reference is already established.' },
  'POSTS.ALREADY_HELD': { text: 'Someone already holds this post.' },
  'POSTS.VACANT': { text: 'Nobody holds this post.' },
  'POSTS.FTE_TOO_LOW': { text: 'The holder works fewer hours (FTE) than the post’s WTE.' },
  'POSTS.FTE_EXCEEDED': { text: 'With this post the holder would hold more WTE than their FTE.' },
  'POSTS.INVALID_TITLE': { text: 'The post needs a title.' },
  'POSTS.INVALID_KIND': { text: 'The kind must be clinician, head-of-clinical-practice or social-work.' },
  'POSTS.INVALID_BOROUGH': { text: 'The borough must be LBHF, RBKC or WCC.' },
  'POSTS.INVALID_WTE': { text: 'The WTE must be more than 0 and at most 1, with at most two decimals.' },
  'POSTS.INVALID_FUNDER': { text: 'The funder must be dfe or council.' },
  'POSTS.INVALID_COST': { text: 'The annual cost must be an amount in pounds, 0 or more.' },
  'POSTS.INVALID_DATE': { text: 'That is not a real date.' },
  'CASELOADS.NEGATIVE_COUNT': {
    text: 'That would take the open cases below zero: no more can close than are open.',
    field: ['cases', 'openCases'],
  },
  'CASELOADS.TOO_MANY_CASES': {
    text: 'That would make more than 10,000 open cases, which cannot be right.',
    field: ['cases', 'openCases'],
  },
  'CASELOADS.NOT_IN_POST': { text: 'The person had not started by this date.', field: ['on', 'from'] },
  'CASELOADS.COUNT_BEFORE_LAST_CHANGE': {
    text: 'A later count or movement is already recorded: record an allocation or closure for this date instead.',
    field: 'on',
  },
  'CASELOADS.CAP_BEFORE_LAST_CHANGE': {
    text: 'The date is before the last change to the individual cap.',
    field: 'from',
  },
  'CASELOADS.NO_INDIVIDUAL_CAP': {
    text: 'No individual cap is set on this date, so there is none to clear.',
    field: 'from',
  },
  'CASELOADS.INVALID_DATE': { text: 'That is not a real date.', field: ['on', 'from'] },
  'CASELOADS.INVALID_COUNT': { text: 'Open cases must be a whole number, 0 to 1,000.', field: 'openCases' },
  'CASELOADS.INVALID_CASES': { text: 'Cases must be a whole number, 1 to 1,000.', field: 'cases' },
  'CASELOADS.INVALID_CAP': { text: 'The cap must be a whole number, 0 to 1,000.', field: 'maxOpenCases' },
  'CASELOADS.REASON_REQUIRED': { text: 'Say why: a reason is required.', field: 'reason' },
  'PLAN.NOT_ADOPTED': { text: 'No tapering plan has been adopted yet.' },
  'CENTRE.INTAKE_NOT_FOUND': { text: 'The plan has no Centre intake for that year.' },
  'CENTRE.COUNCIL_NOT_FOUND': { text: 'There is no such council in this intake.' },
  'CENTRE.PARTICIPANT_NOT_FOUND': { text: 'There is no such participant.', field: 'participantIds' },
  'CENTRE.COUNCIL_INELIGIBLE': {
    text: 'Councils rated Inadequate by Ofsted are not eligible for the Centre.',
    field: 'ofstedRating',
  },
  'CENTRE.COUNCIL_ALREADY_APPLIED': {
    text: 'A council of that name has already applied to this intake.',
    field: 'name',
  },
  'CENTRE.SELECTION_CLOSED': {
    text: (d) => `Selection for this intake closed on ${longDate(d.selectionClosesOn) || 'its closing date'}.`,
    field: ['appliedOn', 'on'],
  },
  'CENTRE.DATE_BEFORE_APPLICATION': { text: 'The date is before the council applied.', field: 'on' },
  'CENTRE.ALREADY_DECIDED': { text: 'A decision on this council is already recorded.' },
  'CENTRE.INTAKE_FULL': {
    text: (d) => `This intake already has the ${String(d.councils ?? '')} councils the plan provides for.`,
  },
  'CENTRE.COUNCIL_NOT_SELECTED': { text: 'This council has not been selected.' },
  'CENTRE.PLACES_FULL': { text: placesLeftWords, field: 'participants.0.group' },
  'CENTRE.DATE_BEFORE_SELECTION': { text: 'The date is before the council was selected.', field: 'registeredOn' },
  'CENTRE.INTAKE_OVER': { text: 'The date is after the end of the intake’s year.', field: 'registeredOn' },
  'CENTRE.BEFORE_INTAKE_START': { text: 'The date is before the intake starts.', field: 'on' },
  'CENTRE.STAFF_NOT_EMPLOYED': { text: 'This person was not Triborough staff on that date.', field: 'staffId' },
  'CENTRE.ON_SITE_SUPPORT_ALREADY_RECORDED': {
    text: 'This person’s support at this council on that date is already recorded.',
    field: 'on',
  },
  'CENTRE.INVALID_HOURS': { text: 'Hours must be more than 0 and at most 24.', field: 'hours' },
  'CENTRE.NO_ON_SITE_SUPPORT': {
    text: 'No on-site support by this person at the participants’ council is recorded on that date: record it first.',
    field: 'staffId',
  },
  'CENTRE.ATTENDANCE_ALREADY_RECORDED': {
    text: 'Someone ticked already has a day recorded on that date.',
    field: 'on',
  },
  'CENTRE.DATE_BEFORE_REGISTRATION': { text: 'Someone ticked was not yet registered on that date.', field: 'on' },
  'CENTRE.PARTICIPANT_COMPLETED': {
    text: 'This participant has already completed the course.',
    field: 'participantIds',
  },
  'CENTRE.PARTICIPANT_NOT_IN_INTAKE': { text: 'Someone ticked is in another intake.', field: 'participantIds' },
  'CENTRE.DATE_BEFORE_ATTENDANCE': { text: 'The date is before the last day attended.', field: 'on' },
  'CENTRE.INVALID_SERVICE': { text: 'Name the Triborough service.', field: 'service' },
  'CENTRE.INVALID_STAFF_ID': { text: 'Choose who gave the on-site support.', field: 'staffId' },
  'AUDIT.VERIFY_UNSUPPORTED': { text: 'The events are kept in KurrentDB, which cadre cannot verify itself.' },
  'AUDIT.INVALID_RANGE': { text: 'The "from" time must be before the "to" time.', field: 'to' },
  'PROJECTIONS.REBUILD_RUNNING': { text: 'A rebuild is already running. Wait for it to finish.' },
};

/** A single problem of VALIDATION.FAILED, by the field path it starts with (`registration.number: …`). */
const PROBLEM = /^([A-Za-z_][A-Za-z0-9_.]*)(?::\s*|\s+)(.*)$/;

const PROBLEM_WORDS: [RegExp, string][] = [
  [/calendar date/, 'must be a real date'],
  [/should not be empty|must be a string/, 'is required'],
  [/should not exist/, 'is not accepted here'],
  [/must be one of the following values/, 'must be one of the choices offered'],
  [/must be a positive number/, 'must be more than 0'],
  [/must not be greater than (\S+)/, 'must be at most $1'],
  [/must not be less than (\S+)/, 'must be at least $1'],
  [/maximum allowed number of decimal places|number conforming/, 'must be a number with at most two decimals'],
  [/must be an integer/, 'must be a whole number'],
  [/must contain at least 1 elements/, 'needs at least one ticked'],
  [/must be a UUID/, 'must be chosen from the list'],
  [/SW followed by digits/, 'must be SW followed by digits, as on the Social Work England register'],
  [/ISO instant/, 'must be a date and time'],
];

export interface ExplainedError {
  /** Words for the form as a whole (next to its button). Empty when every problem has a field. */
  general: string[];
  /** Words per field path (`fte`, `registration.number`). */
  fields: Record<string, string[]>;
}

const problemWords = (message: string): string => {
  for (const [pattern, words] of PROBLEM_WORDS) {
    const match = pattern.exec(message);
    if (match) return words.replace('$1', match[1] ?? '');
  }
  return message;
};

/** Turns an error body into words; `knownFields` are the fields the form shows. */
export function explainError(body: ErrorBody, knownFields: readonly string[] = []): ExplainedError {
  const result: ExplainedError = { general: [], fields: {} };
  const addTo = (field: string | undefined, text: string, generalText = text) => {
    if (field && knownFields.includes(field)) (result.fields[field] ??= []).push(text);
    else result.general.push(generalText);
  };
  if (body.code === 'VALIDATION.FAILED') {
    const problems = validationProblems(body);
    for (const problem of problems) {
      const match = PROBLEM.exec(problem);
      if (!match) addTo(undefined, problem);
      else {
        const words = problemWords(match[2]);
        addTo(match[1], `${capitalise(words)}.`, `${match[1]} ${words}.`);
      }
    }
    if (problems.length === 0) addTo(undefined, body.message);
    return result;
  }
  const words = WORDS[body.code];
  const field = [words?.field ?? []].flat().find((f) => knownFields.includes(f));
  addTo(field, codeWords(body.code, detailsOf(body)) ?? body.message);
  return result;
}

const detailsOf = (body: ErrorBody): Details =>
  body.details && typeof body.details === 'object' ? (body.details as Details) : {};

const validationProblems = (body: ErrorBody): string[] => {
  const details = body.details as { problems?: unknown } | unknown[] | undefined;
  const list = Array.isArray(details) ? details : (details as { problems?: unknown })?.problems;
  if (Array.isArray(list)) return list.filter((p): p is string => typeof p === 'string');
  return body.message ? body.message.split('; ') : [];
};

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A code's words alone (an import's problem is placed by its line and column, not by a form field). */
export const codeWords = (code: string, details: Details = {}): string | undefined => {
  const text = WORDS[code]?.text;
  return typeof text === 'function' ? text(details) : text;
};

/** One line for places that show a single message (a load failure, an action without a form). */
export const errorText = (body: ErrorBody): string => {
  const { general, fields } = explainError(body);
  return [...general, ...Object.entries(fields).map(([f, words]) => `${f}: ${words.join(' ')}`)].join(' ');
};
