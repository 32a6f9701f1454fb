import type { EventSourcing } from '../../commands/event-sourcing.service.js';
import { planDecider } from '../../plan/domain/plan.decider.js';
import { PLAN_STREAM_ID } from '../../plan/domain/plan.events.js';
import { intakeTermsOf, type IntakeTerms } from '../domain/intake-terms.js';

/** The terms of an intake in the plan now in force (the latest revision); undefined without one. */
export const loadIntakeTerms = async (eventSourcing: EventSourcing, year: number): Promise<IntakeTerms | undefined> =>
  intakeTermsOf((await eventSourcing.load(PLAN_STREAM_ID, planDecider)).state.document, year);
