import { ApiProperty } from '@nestjs/swagger';
import type {
  CohortDetails,
  CohortSummary,
  MemberStatus,
  RosterMember,
  WaitingMember,
} from '../read-model/cohort-view.js';
import type { SystemicLevel } from '../../shared/values.js';

export class CreatedCohortResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;
}

export class EnrolmentStatusResponse {
  @ApiProperty({ enum: ['enrolled', 'waitlisted'], description: 'waitlisted when the cohort was full' })
  status: 'enrolled' | 'waitlisted';
}

export class EnrolmentOutcomeResponse {
  @ApiProperty({ enum: ['completed', 'failed', 'withdrawn', 'deferred'] })
  outcome: string;

  @ApiProperty({ type: String, nullable: true, description: 'Staff id of whoever took the freed place' })
  promoted: string | null;
}

export class CohortSummaryResponse implements CohortSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: [1, 2, 3, 4] }) level: SystemicLevel;
  @ApiProperty() name: string;
  @ApiProperty() provider: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty() capacity: number;
  @ApiProperty({ description: 'Holding a place now' }) enrolled: number;
  @ApiProperty() waitlisted: number;
  @ApiProperty() completed: number;
  @ApiProperty() failed: number;
  @ApiProperty({ description: 'Only withdrawals and deferrals give a place back' }) placesLeft: number;
}

const ROSTER_STATUSES: Exclude<MemberStatus, 'waitlisted'>[] = [
  'enrolled',
  'completed',
  'failed',
  'withdrawn',
  'deferred',
  'removed',
];

export class RosterMemberResponse implements RosterMember {
  @ApiProperty({ format: 'uuid' }) staffId: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ enum: ROSTER_STATUSES, description: 'removed: passed over on the waiting list' })
  status: RosterMember['status'];
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'null if they never held a place' })
  enrolledOn: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) outcomeOn: string | null;
}

export class WaitingMemberResponse implements WaitingMember {
  @ApiProperty({ format: 'uuid' }) staffId: string;
  @ApiProperty({ type: String, nullable: true }) name: string | null;
  @ApiProperty({ description: '1 = next to be offered a freed place' }) position: number;
  @ApiProperty({ format: 'date' }) waitlistedOn: string;
}

export class CohortDetailsResponse extends CohortSummaryResponse implements CohortDetails {
  @ApiProperty({ type: RosterMemberResponse, isArray: true, description: 'Everyone not waiting, by arrival' })
  roster: RosterMemberResponse[];

  @ApiProperty({ type: WaitingMemberResponse, isArray: true, description: 'First come, first served' })
  waitingList: WaitingMemberResponse[];
}

export class CohortPageResponse {
  @ApiProperty({ type: CohortSummaryResponse, isArray: true }) items: CohortSummaryResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}
