import { ApiProperty } from '@nestjs/swagger';
import { BOROUGHS, hundredthsToFte, ROLES, type Borough, type Role } from '../../shared/values.js';
import type { StaffPage } from '../application/list-staff.handler.js';
import type { StaffView, StaffViewEnrolment, StaffViewQualification } from '../read-model/staff-view.js';

export class CreatedStaffResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;
}

export class StaffCommandResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: "The person's stream version (0-based) after the command; the view shows the same" })
  version: number;
}

export class RegistrationResponse {
  @ApiProperty({ example: 'SW123456' })
  number: string;

  @ApiProperty({ format: 'date' })
  registeredOn: string;
}

export class EnrolmentResponse {
  @ApiProperty()
  cohortId: string;

  @ApiProperty({ minimum: 1, maximum: 4 })
  level: number;

  @ApiProperty({ enum: ['enrolled', 'waitlisted'] })
  status: StaffViewEnrolment['status'];
}

export class QualificationResponse {
  @ApiProperty({ enum: ['social-work-registration', 'systemic-level', 'family-therapy'] })
  kind: StaffViewQualification['kind'];

  @ApiProperty()
  evidenceRef: string;

  @ApiProperty({ format: 'date' })
  achievedOn: string;

  @ApiProperty({ required: false })
  registrationNumber?: string;

  @ApiProperty({ required: false, minimum: 1, maximum: 4 })
  level?: number;
}

export class StaffResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: BOROUGHS }) borough: Borough;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiProperty({ example: 0.6 }) fte: number;
  @ApiProperty({ format: 'date' }) startedOn: string;
  @ApiProperty({ format: 'date', nullable: true, type: String }) leftOn: string | null;
  @ApiProperty({ nullable: true, type: String }) leftReason: string | null;
  @ApiProperty() socialWorkRegistered: boolean;
  @ApiProperty({ type: RegistrationResponse, nullable: true, description: 'The current registration' })
  registration: RegistrationResponse | null;
  @ApiProperty({ minimum: 0, maximum: 4, description: 'Highest level completed, 0 when none' }) systemicLevel: number;
  @ApiProperty({ type: EnrolmentResponse, nullable: true, description: 'The place held, else the first waiting list' })
  currentEnrolment: EnrolmentResponse | null;
  @ApiProperty() dualQualified: boolean;
  @ApiProperty({ format: 'date', nullable: true, type: String }) dualQualifiedOn: string | null;
  @ApiProperty({ type: QualificationResponse, isArray: true }) qualifications: QualificationResponse[];
  @ApiProperty({ description: 'Stream version (0-based) of the last event shown' }) version: number;
}

export class StaffPageResponse {
  @ApiProperty({ type: StaffResponse, isArray: true }) items: StaffResponse[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ description: 'People matching the filters, on all pages' }) total: number;
}

export const toStaffResponse = (view: StaffView): StaffResponse => ({
  id: view.staffId,
  name: view.name,
  borough: view.borough,
  role: view.role,
  fte: hundredthsToFte(view.fteHundredths),
  startedOn: view.startedOn,
  leftOn: view.leftOn,
  leftReason: view.leftReason,
  socialWorkRegistered: view.registration !== null,
  registration: view.registration,
  systemicLevel: view.systemicLevel,
  currentEnrolment: view.currentEnrolment,
  dualQualified: view.dualQualified,
  dualQualifiedOn: view.dualQualifiedOn,
  qualifications: view.qualifications,
  version: view.version,
});

export const toStaffPageResponse = (page: StaffPage): StaffPageResponse => ({
  ...page,
  items: page.items.map(toStaffResponse),
});
