import { ApiProperty } from '@nestjs/swagger';
import type { CaseloadHistory } from '../application/get-caseload-history.handler.js';
import { CASELOAD_EVENT_TYPES } from '../domain/caseload.events.js';
import type { CaseloadHistoryEntry } from '../read-model/caseload-history.js';

const capText = (cap: number | null) => (cap === null ? 'no cap' : `cap ${cap}`);

/** An entry in words: what changed and what it left on its date against the cap then. */
export const summaryOf = (e: CaseloadHistoryEntry): string => {
  const left = `${e.openCases} open, ${capText(e.cap)}${e.overCap ? ', over cap' : ''}`;
  switch (e.type) {
    case 'CaseloadCounted':
      return `Counted ${e.cases} open cases (${capText(e.cap)}${e.overCap ? ', over cap' : ''})`;
    case 'CasesAllocated':
      return `Allocated ${e.cases} (${left})`;
    case 'CasesClosed':
      return `Closed ${e.cases} (${left})`;
    case 'CaseloadCapSet':
      return `Individual cap set to ${e.cases} (${left})`;
    case 'CaseloadCapCleared':
      return `Individual cap cleared: plan ${capText(e.cap)} (${left})`;
    default: {
      const _exhaustive: never = e.type;
      return String(_exhaustive);
    }
  }
};

export class CaseloadHistoryEntryResponse {
  @ApiProperty({ description: 'Version in the caseload stream (0-based)' }) version: number;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ enum: [...CASELOAD_EVENT_TYPES] }) type: string;
  @ApiProperty({ example: 'Allocated 3 (15 open, cap 18)' }) summary: string;
  @ApiProperty({ format: 'date', description: 'The day the change took effect' }) effectiveOn: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Cases counted, allocated or closed; the cap set' })
  cases: number | null;
  @ApiProperty({ description: 'Open cases it left on its date, as decided when recorded' }) openCases: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The cap in force then' }) cap: number | null;
  @ApiProperty({ description: 'The flag as recorded: the count was over the cap' }) overCap: boolean;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty() actor: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}

export class CaseloadHistoryResponse {
  @ApiProperty({ format: 'uuid' }) staffId: string;
  @ApiProperty({ type: CaseloadHistoryEntryResponse, isArray: true, description: 'Oldest first' })
  entries: CaseloadHistoryEntryResponse[];
}

export const toHistoryResponse = (h: CaseloadHistory): CaseloadHistoryResponse => ({
  staffId: h.staffId,
  entries: h.entries.map((e) => ({ ...e, summary: summaryOf(e) })),
});
