import { Query } from '@nestjs/cqrs';

export interface StreamActivityView {
  streamId: string;
  category: string;
  eventCount: number;
  firstType: string;
  lastType: string;
  firstRecordedAt: string;
  lastRecordedAt: string;
  lastActor: string;
}

export interface StreamActivityPage {
  items: StreamActivityView[];
  page: number;
  pageSize: number;
  total: number;
}

/** One page of streams, most recently changed first; `category` narrows to one kind of stream. */
export class ListStreamActivity extends Query<StreamActivityPage> {
  constructor(
    readonly page: number,
    readonly pageSize: number,
    readonly category?: string,
  ) {
    super();
  }
}
