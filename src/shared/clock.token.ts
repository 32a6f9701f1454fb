/** Injection token for the Clock (kept apart from clock.ts so domain code never sees DI tokens). */
export const CLOCK = Symbol('CLOCK');
