import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min, ValidateBy, ValidateIf } from 'class-validator';
import type { Qualification, QualificationKind } from '../domain/staff.events.js';
import { IsIsoDate } from '../../http/is-iso-date.validator.js';
import { ReasonField, RegistrationNumberField } from './staff-fields.js';

const KINDS: QualificationKind[] = ['social-work-registration', 'systemic-level', 'family-therapy'];

/** The field belongs to one kind only: sent with another kind it would be silently meaningless. */
const OnlyForKind = (kind: QualificationKind) =>
  ValidateBy({
    name: 'onlyForKind',
    validator: {
      validate: (value, args) => value === undefined || (args?.object as { kind?: unknown }).kind === kind,
      defaultMessage: (args) => `${args?.property} is only for kind ${kind}`,
    },
  });

export class RecordQualificationRequest {
  @ApiProperty({ enum: KINDS })
  @IsIn(KINDS)
  kind: QualificationKind;

  @ApiProperty({ example: 'HR/2017/042', description: 'Where the evidence is kept', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  evidenceRef: string;

  @ApiProperty({ example: '2017-03-01', format: 'date' })
  @IsIsoDate()
  achievedOn: string;

  @RegistrationNumberField({ optional: true, description: 'Required for social-work-registration' })
  @ValidateIf(
    (o: RecordQualificationRequest) => o.kind === 'social-work-registration' || o.registrationNumber !== undefined,
  )
  @OnlyForKind('social-work-registration')
  registrationNumber?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 4, description: 'Required for systemic-level (prior learning)' })
  @ValidateIf((o: RecordQualificationRequest) => o.kind === 'systemic-level' || o.level !== undefined)
  @OnlyForKind('systemic-level')
  @IsInt()
  @Min(1)
  @Max(4)
  level?: number;

  @ReasonField()
  reason?: string;

  toQualification(): Qualification {
    switch (this.kind) {
      case 'social-work-registration':
        return { kind: this.kind, registrationNumber: this.registrationNumber! };
      case 'systemic-level':
        return { kind: this.kind, level: this.level as 1 | 2 | 3 | 4 };
      case 'family-therapy':
        return { kind: this.kind };
    }
  }
}
