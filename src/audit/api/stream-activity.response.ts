import { ApiProperty } from '@nestjs/swagger';
import type { StreamActivityPage, StreamActivityView } from '../application/list-stream-activity.query.js';

export class StreamActivityItem implements StreamActivityView {
  @ApiProperty({ example: 'staff-6f1c2a9e-0d7b-4d8e-9a51-3c2f0b7e4a10' })
  streamId: string;
  @ApiProperty({ example: 'staff' })
  category: string;
  @ApiProperty()
  eventCount: number;
  @ApiProperty({ example: 'StaffHired' })
  firstType: string;
  @ApiProperty({ example: 'QualificationRecorded' })
  lastType: string;
  @ApiProperty({ format: 'date-time' })
  firstRecordedAt: string;
  @ApiProperty({ format: 'date-time' })
  lastRecordedAt: string;
  @ApiProperty({ description: 'Username of whoever caused the latest event' })
  lastActor: string;
}

export class StreamActivityPageResponse implements StreamActivityPage {
  @ApiProperty({ type: StreamActivityItem, isArray: true })
  items: StreamActivityItem[];
  @ApiProperty()
  page: number;
  @ApiProperty()
  pageSize: number;
  @ApiProperty({ description: 'Streams matching the filter, over all pages' })
  total: number;
}
