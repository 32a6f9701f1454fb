import { ApiProperty } from '@nestjs/swagger';
import { BOROUGHS } from '../../shared/values.js';
import { ATTENDANCE_KINDS, OFSTED_RATINGS, PARTICIPANT_GROUPS } from '../domain/centre.values.js';
import type { CouncilView } from '../read-model/council-queries.js';
import type { ParticipantPage, ParticipantView } from '../read-model/participant-queries.js';

/** Hours are kept in hundredths; answers give the decimal people say (7.5). */
export const hoursOf = (hundredths: number): number => hundredths / 100;

export class CreatedResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
}

export class RegisteredParticipantsResponse {
  @ApiProperty({ type: String, format: 'uuid', isArray: true, description: 'In the order of the request' })
  ids: string[];
}

export class AttendanceRecordedResponse {
  @ApiProperty({ description: 'Participants whose day was recorded' }) recorded: number;
}

export class PlacesResponse {
  @ApiProperty() practitioner: number;
  @ApiProperty() 'frontline-manager': number;
  @ApiProperty() 'practice-leader': number;
}

export class CouncilResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() intakeYear: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: OFSTED_RATINGS }) ofstedRating: string;
  @ApiProperty() leadershipNotes: string;
  @ApiProperty({ enum: ['applied', 'selected', 'declined'] }) status: string;
  @ApiProperty({ format: 'date' }) appliedOn: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) decidedOn: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionReason: string | null;
  @ApiProperty({ type: PlacesResponse, description: 'Participants registered, by group' }) participants: PlacesResponse;
  @ApiProperty() participantsTotal: number;
  @ApiProperty() completed: number;
  @ApiProperty({ description: "Fees of the council's participants, pence" }) feesPence: number;
  @ApiProperty({ description: 'Days of on-site support given at the council' }) onSiteDays: number;
  @ApiProperty({ example: 7.5 }) onSiteHours: number;
}

export class CouncilListResponse {
  @ApiProperty({ type: CouncilResponse, isArray: true }) items: CouncilResponse[];
}

export const toCouncilResponse = (v: CouncilView): CouncilResponse => ({
  id: v.councilId,
  intakeYear: v.intakeYear,
  name: v.name,
  ofstedRating: v.ofstedRating,
  leadershipNotes: v.leadershipNotes,
  status: v.status,
  appliedOn: v.appliedOn,
  decidedOn: v.decidedOn,
  decisionReason: v.decisionReason,
  participants: v.participants,
  participantsTotal: v.participantsTotal,
  completed: v.completed,
  feesPence: v.feesPence,
  onSiteDays: v.onSiteDays,
  onSiteHours: hoursOf(v.onSiteHoursHundredths),
});

export class AttendanceDayResponse {
  @ApiProperty({ format: 'date' }) on: string;
  @ApiProperty({ enum: ATTENDANCE_KINDS }) kind: string;
  @ApiProperty({ required: false, description: 'embedded: the Triborough service' }) service?: string;
  @ApiProperty({ required: false, enum: BOROUGHS }) borough?: string;
  @ApiProperty({ required: false, format: 'uuid', description: 'on-site: who gave the support' }) staffId?: string;
}

export class ParticipantResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() intakeYear: number;
  @ApiProperty({ format: 'uuid' }) councilId: string;
  @ApiProperty({ nullable: true, type: String }) councilName: string | null;
  @ApiProperty({ enum: PARTICIPANT_GROUPS }) group: string;
  @ApiProperty({ description: 'Personal data' }) name: string;
  @ApiProperty({ enum: ['registered', 'completed'] }) status: string;
  @ApiProperty({ format: 'date' }) registeredOn: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) completedOn: string | null;
  @ApiProperty({ description: 'The fee the participant was registered at, pence' }) feePence: number;
  @ApiProperty() classroomDays: number;
  @ApiProperty() embeddedDays: number;
  @ApiProperty() onSiteDays: number;
  @ApiProperty({ type: AttendanceDayResponse, isArray: true, description: 'In date order' })
  attendance: AttendanceDayResponse[];
  @ApiProperty({ description: 'Stream version (0-based) of the last event shown' }) version: number;
}

export class ParticipantPageResponse {
  @ApiProperty({ type: ParticipantResponse, isArray: true }) items: ParticipantResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ description: 'Participants matching the filters, on all pages' }) total: number;
}

export const toParticipantResponse = (v: ParticipantView): ParticipantResponse => ({
  id: v.participantId,
  intakeYear: v.intakeYear,
  councilId: v.councilId,
  councilName: v.councilName,
  group: v.group,
  name: v.name,
  status: v.status,
  registeredOn: v.registeredOn,
  completedOn: v.completedOn,
  feePence: v.feePence,
  classroomDays: v.classroomDays,
  embeddedDays: v.embeddedDays,
  onSiteDays: v.onSiteDays,
  attendance: v.attendance,
  version: v.version,
});

export const toParticipantPageResponse = (page: ParticipantPage): ParticipantPageResponse => ({
  ...page,
  items: page.items.map(toParticipantResponse),
});
