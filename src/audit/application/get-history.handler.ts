import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '../../event-store/event-store.port.js';
import { PLAN_STREAM_ID } from '../../plan/domain/plan.events.js';
import { planTimeline } from '../../plan/domain/plan-timeline.js';
import { postStreamId } from '../../posts/domain/post.events.js';
import { postTimeline } from '../../posts/domain/post-timeline.js';
import { notFound, type DomainError } from '../../shared/domain-error.js';
import type { IsoDate } from '../../shared/values.js';
import type { TimelineSource, TimelineText } from '../../shared/timeline.js';
import { staffStreamId } from '../../staff/domain/staff.events.js';
import { staffTimeline } from '../../staff/domain/staff-timeline.js';

export interface HistoryEntry {
  version: number;
  eventId: string;
  type: string;
  summary: string;
  effectiveOn: IsoDate | null;
  recordedAt: string;
  actor: string;
  reason: string | null;
  correlationId: string;
}

export interface HistoryView {
  streamId: string;
  entries: HistoryEntry[];
}

export type HistorySubject = { kind: 'staff'; id: string } | { kind: 'post'; id: string } | { kind: 'plan' };

export class GetHistoryQuery extends Query<HistoryView> {
  constructor(readonly subject: HistorySubject) {
    super();
  }
}

interface Teller {
  streamId: string;
  tell: (events: readonly TimelineSource[]) => TimelineText[];
  missing: () => DomainError;
}

const tellerFor = (subject: HistorySubject): Teller => {
  switch (subject.kind) {
    case 'staff':
      return {
        streamId: staffStreamId(subject.id),
        tell: staffTimeline,
        missing: () => notFound('STAFF.NOT_FOUND', `No member of staff has the id ${subject.id}`),
      };
    case 'post':
      return {
        streamId: postStreamId(subject.id),
        tell: postTimeline,
        missing: () => notFound('POSTS.NOT_FOUND', 'No such post'),
      };
    case 'plan':
      return {
        streamId: PLAN_STREAM_ID,
        tell: planTimeline,
        missing: () => notFound('PLAN.NOT_ADOPTED', 'no plan has been adopted yet'),
      };
  }
};

/** One aggregate's stream as a timeline: every event in version order, told in words, with who and why. */
@QueryHandler(GetHistoryQuery)
export class GetHistoryHandler implements IQueryHandler<GetHistoryQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute({ subject }: GetHistoryQuery): Promise<HistoryView> {
    const { streamId, tell, missing } = tellerFor(subject);
    const events = await this.store.readStream(streamId);
    if (events.length === 0) throw missing();
    const texts = tell(events);
    const entries = events.map((event, i) => ({
      version: event.streamVersion,
      eventId: event.eventId,
      type: event.type,
      ...texts[i],
      recordedAt: event.metadata.recordedAt,
      actor: event.metadata.actor,
      reason: event.metadata.reason ?? null,
      correlationId: event.metadata.correlationId,
    }));
    return { streamId, entries };
  }
}
