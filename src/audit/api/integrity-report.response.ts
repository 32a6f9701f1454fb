import { ApiProperty } from '@nestjs/swagger';
import type {
  IntegrityProblem,
  IntegrityProblemKind,
  IntegrityReport,
} from '../../event-store/postgres/integrity-verifier.js';

const KINDS: IntegrityProblemKind[] = [
  'hash-mismatch',
  'broken-link',
  'missing-event',
  'unexpected-version',
  'out-of-global-order',
  'head-mismatch',
  'stream-without-events',
  'events-without-stream',
];

export class IntegrityProblemResponse implements IntegrityProblem {
  @ApiProperty({ enum: KINDS, example: 'hash-mismatch' })
  kind: IntegrityProblemKind;
  @ApiProperty({ example: 'staff-6f1c2a9e-0d7b-4d8e-9a51-3c2f0b7e4a10' })
  streamId: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Stream version concerned, null for the stream as a whole',
  })
  version: number | null;
  @ApiProperty({ example: 'The event content does not match its hash (edited after it was stored)' })
  message: string;
}

export class IntegrityReportResponse implements IntegrityReport {
  @ApiProperty({ description: 'True when no problem was found' })
  ok: boolean;
  @ApiProperty()
  eventsChecked: number;
  @ApiProperty()
  streamsChecked: number;
  @ApiProperty({ type: IntegrityProblemResponse, isArray: true, description: 'The first 1,000 problems found' })
  problems: IntegrityProblemResponse[];
}
