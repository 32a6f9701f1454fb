import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { requireEffectivePlan } from '../../plan/application/get-plan.handler.js';
import { notFound } from '../../shared/domain-error.js';
import { NOW, type ReadCut } from '../../shared/read-cut.js';
import { centreFinancesOf, type CentreFinances } from '../domain/centre-finances.js';
import { invoicedByYearAt } from '../read-model/finance-queries.js';

export interface CentreFinancesAt extends CentreFinances {
  planRevision: number;
}

export class GetCentreFinancesQuery extends Query<CentreFinancesAt> {
  constructor(readonly cut: ReadCut = NOW) {
    super();
  }
}

/** The Centre's cost, income and funding still needed, by year, under the plan in force at the cut. */
@QueryHandler(GetCentreFinancesQuery)
export class GetCentreFinancesHandler implements IQueryHandler<GetCentreFinancesQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ cut }: GetCentreFinancesQuery): Promise<CentreFinancesAt> {
    const plan = await requireEffectivePlan(this.db, cut);
    const finances = centreFinancesOf(plan.document, await invoicedByYearAt(this.db, cut));
    if (!finances) throw notFound('CENTRE.NOT_IN_PLAN', `plan revision ${plan.revision} has no Centre for Social Work`);
    return { planRevision: plan.revision, ...finances };
  }
}
