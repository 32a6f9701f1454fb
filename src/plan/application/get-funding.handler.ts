import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NOW, type ReadCut } from '../../shared/read-cut.js';
import { fundingOf, type Funding } from '../domain/funding.js';
import type { PlanCalendarYear } from '../domain/plan-document.js';
import { requireEffectivePlan } from './get-plan.handler.js';

export interface PlanFunding extends Funding {
  revision: number;
  calendar: PlanCalendarYear[];
}

/** The funding of the revision in force: totals always computed from its lines. */
export class GetFundingQuery extends Query<PlanFunding> {
  constructor(readonly cut: ReadCut = NOW) {
    super();
  }
}

@QueryHandler(GetFundingQuery)
export class GetFundingHandler implements IQueryHandler<GetFundingQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ cut }: GetFundingQuery): Promise<PlanFunding> {
    const plan = await requireEffectivePlan(this.db, cut);
    return { revision: plan.revision, calendar: plan.document.calendar, ...fundingOf(plan.document) };
  }
}
