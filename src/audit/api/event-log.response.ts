import { ApiProperty } from '@nestjs/swagger';
import type { EventLogEntry, EventLogPageView } from '../application/list-events.handler.js';

export class EventLogItem implements EventLogEntry {
  @ApiProperty({ description: 'Place in the global order, an opaque cursor', example: '7731.42' })
  position: string;
  @ApiProperty({ format: 'uuid' })
  eventId: string;
  @ApiProperty({ example: 'staff-6f1c2a9e-0d7b-4d8e-9a51-3c2f0b7e4a10' })
  streamId: string;
  @ApiProperty({ description: '0-based version within the stream' })
  version: number;
  @ApiProperty({ example: 'StaffDetailsChanged' })
  type: string;
  @ApiProperty()
  schemaVersion: number;
  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
  @ApiProperty({ type: 'object', additionalProperties: true })
  data: Record<string, unknown>;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'actor, reason, correlationId, causationId, recordedAt, ...',
  })
  metadata: EventLogEntry['metadata'];
  @ApiProperty({ description: "The predecessor's hash (empty for a stream's first event)" })
  prevHash: string;
  @ApiProperty({ description: 'SHA-256 over prevHash and the canonical content, hex (see docs/audit.md)' })
  hash: string;
}

export class EventLogPageResponse implements EventLogPageView {
  @ApiProperty({ type: EventLogItem, isArray: true })
  items: EventLogItem[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `after` for the next page; null at the end' })
  next: string | null;
}
