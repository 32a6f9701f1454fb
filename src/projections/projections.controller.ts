import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsArray, IsOptional, IsString } from 'class-validator';
import { Roles } from '../auth/index.js';
import { ProjectionStatusService } from './projection-status.service.js';
import { RebuildJobs } from './rebuild-jobs.service.js';

export class RebuildRequest {
  /** Names of the projections to rebuild; all of them when absent. */
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  projections?: string[];
}

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/admin/projections')
export class ProjectionsController {
  constructor(
    private readonly status: ProjectionStatusService,
    private readonly jobs: RebuildJobs,
  ) {}

  @Get()
  list() {
    return this.status.list();
  }

  @Post('rebuild')
  @HttpCode(HttpStatus.ACCEPTED)
  rebuild(@Body() body: RebuildRequest) {
    return this.jobs.start(body.projections);
  }

  @Get('rebuild/:id')
  rebuildStatus(@Param('id') id: string) {
    return this.jobs.get(id);
  }
}
