import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { NOW, type ReadCut } from '../../shared/read-cut.js';
import { listParticipantsAt, type ParticipantFilter, type ParticipantPage } from '../read-model/participant-queries.js';

export class ListParticipantsQuery extends Query<ParticipantPage> {
  constructor(
    readonly filter: ParticipantFilter,
    /** 1-based. */
    readonly page: number,
    readonly pageSize: number,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

@QueryHandler(ListParticipantsQuery)
export class ListParticipantsHandler implements IQueryHandler<ListParticipantsQuery> {
  constructor(private readonly db: DataSource) {}

  execute({ filter, page, pageSize, cut }: ListParticipantsQuery): Promise<ParticipantPage> {
    return listParticipantsAt(this.db, filter, page, pageSize, cut);
  }
}
