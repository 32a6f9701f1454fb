import { ApiProperty } from '@nestjs/swagger';
import { BOROUGHS, ROLES, type Borough, type Role } from '../../shared/values.js';
import type { CapacityFigures } from '../read-model/caseload-figures.js';
import type { CaseloadCapacity } from '../read-model/caseload-queries.js';
import {
  OnSiteSupportTotalResponse,
  OnSiteSupportWeekResponse,
  toSupportWeekResponse,
  toTotalResponse,
} from './on-site-support.response.js';

export class OverCapResponse {
  @ApiProperty({ description: 'People over their cap' }) people: number;
  @ApiProperty({ description: 'Open cases above their caps, in total' }) cases: number;
}

export class DualQualifiedHeadroomResponse {
  @ApiProperty() people: number;
  @ApiProperty({ description: 'The free places held by dual-qualified staff' }) headroom: number;
}

export class CapacityFiguresResponse {
  @ApiProperty({ description: 'People with a cap in force' }) people: number;
  @ApiProperty() fteHundredths: number;
  @ApiProperty({ description: 'Sum of their caps' }) cap: number;
  @ApiProperty() openCases: number;
  @ApiProperty({ description: 'Free places: the sum of each one’s positive headroom' }) headroom: number;
  @ApiProperty({ type: OverCapResponse }) overCap: OverCapResponse;
  @ApiProperty({ type: DualQualifiedHeadroomResponse }) dualQualified: DualQualifiedHeadroomResponse;
  @ApiProperty({
    type: OnSiteSupportTotalResponse,
    description: 'Their on-site support to Centre councils in the week of the cut’s day, and the capacity left',
  })
  onSiteSupport: OnSiteSupportTotalResponse;
}

export class CapacityGroupResponse extends CapacityFiguresResponse {
  @ApiProperty({ enum: BOROUGHS }) borough: Borough;
  @ApiProperty({ enum: ROLES }) role: Role;
}

export class CaseloadCapacityResponse {
  @ApiProperty({ enum: [...BOROUGHS, 'all'] }) scope: Borough | 'all';
  @ApiProperty({ type: Number, nullable: true }) planRevision: number | null;
  @ApiProperty({ type: OnSiteSupportWeekResponse }) onSiteSupportWeek: OnSiteSupportWeekResponse;
  @ApiProperty({ type: CapacityGroupResponse, isArray: true, description: 'By borough, then role' })
  groups: CapacityGroupResponse[];
  @ApiProperty({ type: CapacityFiguresResponse }) total: CapacityFiguresResponse;
}

const figures = (f: CapacityFigures): CapacityFiguresResponse => ({
  people: f.people,
  fteHundredths: f.fteHundredths,
  cap: f.cap,
  openCases: f.openCases,
  headroom: f.headroom,
  overCap: { ...f.overCap },
  dualQualified: { ...f.dualQualified },
  onSiteSupport: toTotalResponse(f.onSiteSupport),
});

export const toCapacityResponse = (c: CaseloadCapacity): CaseloadCapacityResponse => ({
  scope: c.scope,
  planRevision: c.planRevision,
  onSiteSupportWeek: toSupportWeekResponse(c.onSiteSupportWeek),
  groups: c.groups.map((g) => ({ borough: g.borough, role: g.role, ...figures(g) })),
  total: figures(c.total),
});
