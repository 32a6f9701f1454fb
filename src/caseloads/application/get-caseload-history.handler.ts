import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { notFound } from '../../shared/domain-error.js';
import { describeCut, NOW, type ReadCut } from '../../shared/read-cut.js';
import { caseloadHistoryAt, type CaseloadHistoryEntry } from '../read-model/caseload-history.js';
import { caseloadPersonExistsAt } from '../read-model/caseload-queries.js';

export interface CaseloadHistory {
  staffId: string;
  entries: CaseloadHistoryEntry[];
}

export class GetCaseloadHistoryQuery extends Query<CaseloadHistory> {
  constructor(
    readonly staffId: string,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

/** A person's caseload changes at the cut, oldest first; `STAFF.NOT_FOUND` when not hired by then. */
@QueryHandler(GetCaseloadHistoryQuery)
export class GetCaseloadHistoryHandler implements IQueryHandler<GetCaseloadHistoryQuery> {
  constructor(private readonly db: DataSource) {}

  execute({ staffId, cut }: GetCaseloadHistoryQuery): Promise<CaseloadHistory> {
    return this.db.transaction('REPEATABLE READ', async (tx) => {
      if (!(await caseloadPersonExistsAt(tx, staffId, cut))) {
        const when = describeCut(cut);
        throw notFound('STAFF.NOT_FOUND', `No member of staff has the id ${staffId}${when ? ` ${when}` : ''}`);
      }
      return { staffId, entries: await caseloadHistoryAt(tx, staffId, cut) };
    });
  }
}
