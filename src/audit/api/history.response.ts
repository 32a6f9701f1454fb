import { ApiProperty } from '@nestjs/swagger';
import type { HistoryEntry, HistoryView } from '../application/get-history.handler.js';

export class HistoryEntryResponse implements HistoryEntry {
  @ApiProperty({ description: '0-based version of the event in its stream' })
  version: number;
  @ApiProperty({ format: 'uuid' })
  eventId: string;
  @ApiProperty({ example: 'StaffDetailsChanged' })
  type: string;
  @ApiProperty({ description: 'What changed, in words', example: 'FTE 1 → 0.8, borough LBHF → WCC' })
  summary: string;
  @ApiProperty({ type: String, nullable: true, format: 'date', description: 'The date the event takes effect' })
  effectiveOn: string | null;
  @ApiProperty({ format: 'date-time' })
  recordedAt: string;
  @ApiProperty({ description: 'Username of whoever caused the event' })
  actor: string;
  @ApiProperty({ type: String, nullable: true })
  reason: string | null;
  @ApiProperty()
  correlationId: string;
}

export class HistoryResponse implements HistoryView {
  @ApiProperty({ example: 'staff-6f1c2a9e-0d7b-4d8e-9a51-3c2f0b7e4a10' })
  streamId: string;
  @ApiProperty({ type: HistoryEntryResponse, isArray: true })
  entries: HistoryEntryResponse[];
}
