import { ApiProperty } from '@nestjs/swagger';
import type { ProgrammeYear } from '../../shared/programme-year.js';
import { BOROUGHS, type Borough, type SystemicLevel } from '../../shared/values.js';
import type {
  DualQualifiedFigures,
  LevelFigures,
  PipelineFigures,
  PipelineReport,
} from '../read-model/pipeline-report.js';

export class LevelFiguresResponse implements LevelFigures {
  @ApiProperty({ enum: [1, 2, 3, 4] }) level: SystemicLevel;
  @ApiProperty({ description: 'Holding a place at this level now; leavers excluded' }) inTraining: number;
  @ApiProperty({ description: 'Completed this level by any route, leavers included' }) completedEver: number;
  @ApiProperty({ description: 'Completions dated within the programme year' }) completedThisProgrammeYear: number;
}

export class DualQualifiedResponse implements DualQualifiedFigures {
  @ApiProperty({ description: 'Dual-qualified staff in post; leavers excluded' }) headcount: number;
  @ApiProperty({ description: 'Their WTE in hundredths (exact)' }) wteHundredths: number;
  @ApiProperty({ example: 12.5 }) wte: number;
}

export class PipelineFiguresResponse implements PipelineFigures {
  @ApiProperty({ type: LevelFiguresResponse, isArray: true }) levels: LevelFiguresResponse[];
  @ApiProperty({ type: DualQualifiedResponse }) dualQualified: DualQualifiedResponse;
}

export class BoroughFiguresResponse extends PipelineFiguresResponse {
  @ApiProperty({ enum: BOROUGHS }) borough: Borough;
}

export class ProgrammeYearResponse implements ProgrammeYear {
  @ApiProperty({ description: 'Year 1 starts on CADRE_PROGRAMME_START; 0 or less is before the programme' })
  number: number;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
}

export class PipelineReportResponse implements PipelineReport {
  @ApiProperty({ format: 'date' }) on: string;
  @ApiProperty({ type: ProgrammeYearResponse }) programmeYear: ProgrammeYearResponse;
  @ApiProperty({ type: BoroughFiguresResponse, isArray: true }) boroughs: BoroughFiguresResponse[];
  @ApiProperty({ type: PipelineFiguresResponse, description: 'Sum of the boroughs shown' })
  total: PipelineFiguresResponse;
}
