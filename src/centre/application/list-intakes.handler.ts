import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { requireEffectivePlan } from '../../plan/application/get-plan.handler.js';
import type { CentrePlan } from '../../plan/domain/centre-plan.js';
import { NOW, type ReadCut } from '../../shared/read-cut.js';
import { intakesAt, type IntakeSummary } from '../read-model/intake-queries.js';

export interface IntakeList {
  planRevision: number;
  /** The plan's Centre settings in force at the cut; null when that plan has no Centre. */
  centre: Pick<
    CentrePlan,
    | 'classroomDaysPerParticipant'
    | 'embeddedDaysPerParticipant'
    | 'onSiteDaysPerCouncil'
    | 'onSiteHoursPerDayHundredths'
  > | null;
  items: IntakeSummary[];
}

export class ListIntakesQuery extends Query<IntakeList> {
  constructor(readonly cut: ReadCut = NOW) {
    super();
  }
}

/** The plan's intakes at the cut, with what has been entered against each. */
@QueryHandler(ListIntakesQuery)
export class ListIntakesHandler implements IQueryHandler<ListIntakesQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ cut }: ListIntakesQuery): Promise<IntakeList> {
    const plan = await requireEffectivePlan(this.db, cut);
    const centre = plan.document.centre;
    if (!centre) return { planRevision: plan.revision, centre: null, items: [] };
    const {
      classroomDaysPerParticipant,
      embeddedDaysPerParticipant,
      onSiteDaysPerCouncil,
      onSiteHoursPerDayHundredths,
    } = centre;
    return {
      planRevision: plan.revision,
      centre: {
        classroomDaysPerParticipant,
        embeddedDaysPerParticipant,
        onSiteDaysPerCouncil,
        onSiteHoursPerDayHundredths,
      },
      items: await intakesAt(this.db, centre, cut),
    };
  }
}
