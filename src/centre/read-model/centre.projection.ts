import { effectiveDateOf } from '../../projections/effective-date.js';
import type { Projection, ProjectionContext } from '../../projections/projection.js';
import type { RecordedEvent } from '../../shared/event.js';
import type { IntakeEvent } from '../domain/intake.events.js';
import type { ParticipantEvent } from '../domain/participant.events.js';
import {
  CENTRE_COUNCIL_VIEW,
  CENTRE_ON_SITE_SUPPORT_VIEW,
  CENTRE_PARTICIPANT_VIEW,
  COUNCIL_ROWS,
  ON_SITE_SUPPORT_ROWS,
  PARTICIPANT_ROWS,
  supportDayKey,
} from './centre-rows.js';
import { evolveCouncilRow, evolveParticipantRow } from './centre-view-evolve.js';

const CENTRE_EVENTS: ReadonlySet<string> = new Set<(IntakeEvent | ParticipantEvent)['type']>([
  'CentreCouncilApplied',
  'CentreCouncilSelected',
  'CentreCouncilDeclined',
  'CentrePlaceTaken',
  'CentreOnSiteSupportGiven',
  'CentreParticipantRegistered',
  'CentreAttendanceRecorded',
  'CentreParticipantCompleted',
]);

/**
 * Keeps the Centre's read models as effective-dated versions: each council of an intake, each
 * participant with the days attended, and each day of on-site support. Places taken are not
 * kept: the participants' rows count them. Intakes, invoices and finances are computed by the
 * queries from these rows and the plan at the same cut.
 */
export class CentreProjection implements Projection {
  readonly name = 'centre';
  readonly tables = [CENTRE_COUNCIL_VIEW, CENTRE_PARTICIPANT_VIEW, CENTRE_ON_SITE_SUPPORT_VIEW] as const;
  readonly bitemporal = this.tables;

  async apply(event: RecordedEvent, ctx: ProjectionContext): Promise<void> {
    if (!CENTRE_EVENTS.has(event.type)) return;
    const on = effectiveDateOf(event);
    const e = { type: event.type, data: event.data } as IntakeEvent | ParticipantEvent;
    switch (e.type) {
      case 'CentreCouncilApplied':
      case 'CentreCouncilSelected':
      case 'CentreCouncilDeclined':
        return COUNCIL_ROWS.changeFrom(ctx, [e.data.councilId], on, (row) => evolveCouncilRow(row, e));
      case 'CentrePlaceTaken':
        return;
      case 'CentreOnSiteSupportGiven': {
        const { councilId, staffId, on: givenOn, intakeYear, hoursHundredths } = e.data;
        const support = { councilId, staffId, givenOn, intakeYear, hoursHundredths };
        return ON_SITE_SUPPORT_ROWS.changeFrom(ctx, [councilId, supportDayKey(staffId, givenOn)], on, () => support);
      }
      case 'CentreParticipantRegistered':
      case 'CentreAttendanceRecorded':
      case 'CentreParticipantCompleted':
        return PARTICIPANT_ROWS.changeFrom(ctx, [e.data.participantId], on, (row) =>
          evolveParticipantRow(row, e, event.streamVersion),
        );
      default: {
        const _exhaustive: never = e;
        return _exhaustive;
      }
    }
  }
}
