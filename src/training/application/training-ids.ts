import { randomUUID } from 'node:crypto';
import { invalid } from '../../shared/domain-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Cohorts and people are named by UUIDs, written in lower case as PostgreSQL prints them, so
 * that an id typed in capitals still names the same stream.
 */
export const normaliseId = (id: string): string => id.trim().toLowerCase();

/** A new cohort's id: generated, or brought by an import (then it must be a UUID). */
export const newCohortId = (given: string | undefined, generate: () => string = randomUUID): string => {
  if (given === undefined) return generate();
  const id = normaliseId(given);
  if (!UUID.test(id)) throw invalid('COHORT.INVALID_ID', 'A cohort id is a UUID');
  return id;
};
