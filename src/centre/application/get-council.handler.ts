import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { notFound } from '../../shared/domain-error.js';
import { describeCut, NOW, type ReadCut } from '../../shared/read-cut.js';
import { findCouncilAt, type CouncilView } from '../read-model/council-queries.js';

export class GetCouncilQuery extends Query<CouncilView> {
  constructor(
    readonly intakeYear: number,
    readonly councilId: string,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

@QueryHandler(GetCouncilQuery)
export class GetCouncilHandler implements IQueryHandler<GetCouncilQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ intakeYear, councilId, cut }: GetCouncilQuery): Promise<CouncilView> {
    const view = await findCouncilAt(this.db, intakeYear, councilId, cut);
    const when = describeCut(cut);
    if (!view) {
      throw notFound(
        'CENTRE.COUNCIL_NOT_FOUND',
        `no such council in the year ${intakeYear} intake${when ? ` ${when}` : ''}`,
      );
    }
    return view;
  }
}
