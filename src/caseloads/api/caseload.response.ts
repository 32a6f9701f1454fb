import { ApiProperty } from '@nestjs/swagger';
import { BOROUGHS, hundredthsToFte, ROLES, type Borough, type Role } from '../../shared/values.js';
import type { CaseloadCommandResult } from '../application/caseload-command-runner.js';
import type { CaseloadLine } from '../read-model/caseload-figures.js';
import type { CaseloadList } from '../read-model/caseload-queries.js';
import {
  OnSiteSupportEffectResponse,
  OnSiteSupportWeekResponse,
  toEffectResponse,
  toSupportWeekResponse,
} from './on-site-support.response.js';

export class CaseloadCommandResponse {
  @ApiProperty({ format: 'uuid' }) staffId: string;
  @ApiProperty({ description: "The caseload stream's version (0-based) after the command" }) version: number;
  @ApiProperty({ description: 'Open cases on the command date, once recorded' }) openCases: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The cap in force that day; null when none is' })
  cap: number | null;
  @ApiProperty({ description: 'Recorded all the same, and flagged: the count is over the cap' }) overCap: boolean;
}

export const toCaseloadCommandResponse = (r: CaseloadCommandResult): CaseloadCommandResponse => ({
  staffId: r.staffId,
  version: r.version,
  openCases: r.openCases,
  cap: r.cap,
  overCap: r.overCap,
});

export class CaseloadResponse {
  @ApiProperty({ format: 'uuid' }) staffId: string;
  @ApiProperty({ enum: BOROUGHS }) borough: Borough;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ example: 0.6 }) fte: number;
  @ApiProperty({ example: 60 }) fteHundredths: number;
  @ApiProperty() dualQualified: boolean;
  @ApiProperty() socialWorkRegistered: boolean;
  @ApiProperty() openCases: number;
  @ApiProperty({
    type: String,
    format: 'date',
    nullable: true,
    description: 'Date of the stocktake the count stands on',
  })
  countedOn: string | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Plan cap pro rata to FTE (rounded down), or the individual cap',
  })
  cap: number | null;
  @ApiProperty({ enum: ['individual', 'plan'], nullable: true }) capSource: 'individual' | 'plan' | null;
  @ApiProperty({ type: Number, nullable: true, description: 'cap - open cases: negative when over' })
  headroom: number | null;
  @ApiProperty() overCap: boolean;
  @ApiProperty({
    type: OnSiteSupportEffectResponse,
    description: 'On-site support given to Centre councils in the week of the cut’s day, and the capacity left',
  })
  onSiteSupport: OnSiteSupportEffectResponse;
}

export const toCaseloadResponse = (line: CaseloadLine): CaseloadResponse => ({
  staffId: line.staffId,
  borough: line.borough,
  role: line.role,
  fte: hundredthsToFte(line.fteHundredths),
  fteHundredths: line.fteHundredths,
  dualQualified: line.dualQualified,
  socialWorkRegistered: line.socialWorkRegistered,
  openCases: line.openCases,
  countedOn: line.countedOn,
  cap: line.cap,
  capSource: line.capSource,
  headroom: line.headroom,
  overCap: line.overCap,
  onSiteSupport: toEffectResponse(line.onSiteSupport),
});

export class CaseloadListResponse {
  @ApiProperty({ type: Number, nullable: true, description: 'The plan revision in force at the cut' })
  planRevision: number | null;
  @ApiProperty({ type: OnSiteSupportWeekResponse }) onSiteSupportWeek: OnSiteSupportWeekResponse;
  @ApiProperty({ type: CaseloadResponse, isArray: true, description: 'The least headroom first; no cap last' })
  items: CaseloadResponse[];
}

export const toCaseloadListResponse = (list: CaseloadList): CaseloadListResponse => ({
  planRevision: list.planRevision,
  onSiteSupportWeek: toSupportWeekResponse(list.onSiteSupportWeek),
  items: list.items.map(toCaseloadResponse),
});
