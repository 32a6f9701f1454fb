import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { notFound } from '../../shared/domain-error.js';
import { describeCut, NOW, type ReadCut } from '../../shared/read-cut.js';
import { findParticipantAt, type ParticipantView } from '../read-model/participant-queries.js';

export class GetParticipantQuery extends Query<ParticipantView> {
  constructor(
    readonly participantId: string,
    readonly cut: ReadCut = NOW,
  ) {
    super();
  }
}

@QueryHandler(GetParticipantQuery)
export class GetParticipantHandler implements IQueryHandler<GetParticipantQuery> {
  constructor(private readonly db: DataSource) {}

  async execute({ participantId, cut }: GetParticipantQuery): Promise<ParticipantView> {
    const view = await findParticipantAt(this.db, participantId, cut);
    const when = describeCut(cut);
    if (!view) throw notFound('CENTRE.PARTICIPANT_NOT_FOUND', `no such participant${when ? ` ${when}` : ''}`);
    return view;
  }
}
