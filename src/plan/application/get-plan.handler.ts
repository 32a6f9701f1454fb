import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { notFound } from '../../shared/domain-error.js';
import { loadEffectivePlan, loadPlanHistory, type PlanRevisionView, type PlanView } from '../read-model/plan-view.js';

export interface PlanWithHistory {
  current: PlanView;
  history: PlanRevisionView[];
}

export class GetPlanQuery extends Query<PlanWithHistory> {}

export const requireEffectivePlan = async (db: DataSource): Promise<PlanView> => {
  const plan = await loadEffectivePlan((sql, params) => db.query(sql, params));
  if (!plan) throw notFound('PLAN.NOT_ADOPTED', 'no plan has been adopted yet');
  return plan;
};

@QueryHandler(GetPlanQuery)
export class GetPlanHandler implements IQueryHandler<GetPlanQuery> {
  constructor(private readonly db: DataSource) {}

  async execute(): Promise<PlanWithHistory> {
    const current = await requireEffectivePlan(this.db);
    return { current, history: await loadPlanHistory((sql, params) => this.db.query(sql, params)) };
  }
}
