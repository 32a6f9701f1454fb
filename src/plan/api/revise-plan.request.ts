import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNotEmpty, IsObject, IsString, MaxLength, Min } from 'class-validator';

export class RevisePlanRequest {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The whole plan document (name, calendar, targets, fundingLines, statedTotals, caseloads), as GET /api/plan returns it. ' +
      'Checked in full: every problem is listed in details.problems of a 400 PLAN.INVALID.',
  })
  @IsObject()
  document: Record<string, unknown>;

  @ApiProperty({ example: 1, description: 'The revision this change starts from; another is 409 PLAN.STALE_REVISION' })
  @IsInt()
  @Min(1)
  expectedRevision: number;

  @ApiProperty({ example: 'DfE confirmed Year 3 funding', maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
