import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NOW, type ReadCut } from '../../shared/read-cut.js';
import type { IsoDate } from '../../shared/values.js';
import { onSiteSupportHours, type OnSiteSupportHours } from '../read-model/on-site-support-queries.js';

export type { OnSiteSupportHours };

/**
 * For caseloads: the hours of on-site support a staff member gave to Centre councils on days
 * from `from` to `to` (both inclusive), which are hours not available for their own cases.
 *
 *   const { hoursHundredths } = await queryBus.execute(new GetOnSiteSupportHoursQuery(staffId, '2017-04-01', '2018-03-31'));
 */
export class GetOnSiteSupportHoursQuery extends Query<OnSiteSupportHours> {
  constructor(
    readonly staffId: string,
    readonly from: IsoDate,
    readonly to: IsoDate,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

@QueryHandler(GetOnSiteSupportHoursQuery)
export class GetOnSiteSupportHoursHandler implements IQueryHandler<GetOnSiteSupportHoursQuery> {
  constructor(private readonly db: DataSource) {}

  execute({ staffId, from, to, cut }: GetOnSiteSupportHoursQuery): Promise<OnSiteSupportHours> {
    return onSiteSupportHours(this.db, staffId.trim().toLowerCase(), { from, to }, cut);
  }
}
