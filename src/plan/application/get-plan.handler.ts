import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { notFound } from '../../shared/domain-error.js';
import { describeCut, NOW, type ReadCut } from '../../shared/read-cut.js';
import { loadEffectivePlan, loadPlanHistory, type PlanRevisionView, type PlanView } from '../read-model/plan-view.js';

export interface PlanWithHistory {
  current: PlanView;
  history: PlanRevisionView[];
}

export class GetPlanQuery extends Query<PlanWithHistory> {
  constructor(readonly cut: ReadCut = NOW) {
    super();
  }
}

type Queryable = Pick<DataSource, 'query'>;

export const requireEffectivePlan = async (db: Queryable, cut: ReadCut = NOW): Promise<PlanView> => {
  const plan = await loadEffectivePlan((sql, params) => db.query(sql, params), cut);
  const when = describeCut(cut);
  if (!plan) throw notFound('PLAN.NOT_ADOPTED', `no plan had been adopted${when ? ` ${when}` : ' yet'}`);
  return plan;
};

@QueryHandler(GetPlanQuery)
export class GetPlanHandler implements IQueryHandler<GetPlanQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ cut }: GetPlanQuery): Promise<PlanWithHistory> {
    const current = await requireEffectivePlan(this.db, cut);
    return { current, history: await loadPlanHistory((sql, params) => this.db.query(sql, params), cut) };
  }
}
