import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NOW, type ReadCut } from '../../shared/read-cut.js';
import { invoicesAt, type InvoiceView } from '../read-model/finance-queries.js';

export class ListInvoicesQuery extends Query<InvoiceView[]> {
  constructor(
    readonly filter: { intakeYear?: number },
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

/** What each council owes for each intake: its participants' fees. */
@QueryHandler(ListInvoicesQuery)
export class ListInvoicesHandler implements IQueryHandler<ListInvoicesQuery> {
  constructor(private readonly db: DataSource) {}

  execute({ filter, cut }: ListInvoicesQuery): Promise<InvoiceView[]> {
    return invoicesAt(this.db, filter, cut);
  }
}
