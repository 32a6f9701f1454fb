import { Command, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing, type Loaded, type PendingAppend } from '../../commands/event-sourcing.service.js';
import type { GlobalPosition } from '../../shared/event.js';
import type { IsoDate } from '../../shared/values.js';
import { staffDecider } from '../../staff/domain/staff.decider.js';
import { staffStreamId } from '../../staff/domain/staff.events.js';
import type { StaffState } from '../../staff/domain/staff.state.js';
import { cohortDecider } from '../domain/cohort.decider.js';
import { cohortStreamId, type EnrolmentOutcome } from '../domain/cohort.events.js';
import { entryOf, waitingList, type CohortState } from '../domain/cohort.state.js';
import { ineligibility } from '../domain/eligibility.js';
import { decideOutcome } from '../domain/enrolment.decider.js';
import { normaliseId } from './training-ids.js';

export interface RecordEnrolmentOutcomeInput {
  cohortId: string;
  staffId: string;
  outcome: string;
  on: IsoDate;
  reason?: string;
}

export interface RecordEnrolmentOutcomeResult {
  outcome: EnrolmentOutcome;
  /** Who took the freed place, if anyone did. */
  promoted: string | null;
  position: GlobalPosition | null;
}

export class RecordEnrolmentOutcomeCommand extends Command<RecordEnrolmentOutcomeResult> {
  constructor(
    readonly input: RecordEnrolmentOutcomeInput,
    readonly request: RequestContext,
  ) {
    super();
  }
}

/** Only these can free a place, so only then are the people waiting for one read. */
const MAY_FREE_A_PLACE: ReadonlySet<string> = new Set(['withdrawn', 'deferred']);
/** How many on the waiting list are read at once; most of the time the first can take the place. */
const READ_AHEAD = 4;

/**
 * An outcome touches the person, the cohort and, when it frees a place, whoever on the waiting
 * list is promoted or passed over. Every stream the decision writes to is appended in one atomic
 * step with the version it was read at; a lost race re-decides on fresh state.
 */
@CommandHandler(RecordEnrolmentOutcomeCommand)
export class RecordEnrolmentOutcomeHandler implements ICommandHandler<RecordEnrolmentOutcomeCommand> {
  constructor(private readonly eventSourcing: EventSourcing) {}

  async execute({ input, request }: RecordEnrolmentOutcomeCommand): Promise<RecordEnrolmentOutcomeResult> {
    const ctx = this.eventSourcing.context(request);
    const cohortId = normaliseId(input.cohortId);
    const staffId = normaliseId(input.staffId);
    const command = { ...input, type: 'RecordEnrolmentOutcome' as const, cohortId, staffId };
    return this.eventSourcing.decide(async () => {
      const cohortStream = cohortStreamId(cohortId);
      const [staff, cohort] = await Promise.all([
        this.eventSourcing.load(staffStreamId(staffId), staffDecider),
        this.eventSourcing.load(cohortStream, cohortDecider),
      ]);
      const freesPlace = MAY_FREE_A_PLACE.has(input.outcome) && entryOf(cohort.state, staffId)?.status === 'enrolled';
      const waiting = freesPlace ? await this.waitingUpToFirstEligible(cohort.state) : new Map();
      const loaded = new Map<string, Loaded<StaffState>>([[staffId, staff], ...waiting]);
      const decision = decideOutcome(
        command,
        staff.state,
        cohort.state,
        Object.fromEntries([...waiting].map(([id, l]) => [id, l.state])),
      );
      const appends: PendingAppend[] = [
        { streamId: cohortStream, expected: cohort.expected, events: decision.cohort },
        ...Object.entries(decision.staff).map(([id, events]) => ({
          streamId: staffStreamId(id),
          expected: loaded.get(id)!.expected,
          events,
        })),
      ];
      const position = await this.eventSourcing.append(appends, ctx);
      const promotion = decision.cohort.find((e) => e.type === 'WaitlistedPersonPromoted');
      return {
        outcome: command.outcome as EnrolmentOutcome,
        promoted: promotion ? promotion.data.staffId : null,
        position,
      };
    });
  }

  /**
   * The people on the waiting list in order, read a few at a time, up to the first who can take
   * the place: the decider passes over the ineligible ones and examines nobody after that one.
   */
  private async waitingUpToFirstEligible(cohort: CohortState): Promise<Map<string, Loaded<StaffState>>> {
    const found = new Map<string, Loaded<StaffState>>();
    const list = waitingList(cohort);
    for (let i = 0; i < list.length; i += READ_AHEAD) {
      const ids = list.slice(i, i + READ_AHEAD);
      const people = await Promise.all(ids.map((id) => this.eventSourcing.load(staffStreamId(id), staffDecider)));
      ids.forEach((id, j) => found.set(id, people[j]));
      if (people.some((p) => ineligibility(p.state, cohort.level) === undefined)) break;
    }
    return found;
  }
}
