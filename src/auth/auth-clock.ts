/** The clock that stamps account creation; a token so tests can fix the time. */
export const AUTH_CLOCK = Symbol('AUTH_CLOCK');
