import { Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { CurrentUser, Roles, type AuthenticatedUser } from '../../auth/index.js';
import { DomainError } from '../../shared/domain-error.js';
import { Importer } from '../application/importer.service.js';
import type { ImportReport } from '../domain/import-report.js';
import type { ImportKind } from '../domain/layout.js';
import { ImportRequest } from './import.request.js';

/** How long a request waits for the read models after writing; the report says if they had not caught up. */
const SETTLE_TIMEOUT_MS = 60_000;

export const CSV_MEDIA_TYPES = ['text/csv', 'application/csv', 'application/vnd.ms-excel'];

const Documented = (kind: ImportKind) => [
  ApiConsumes('text/csv'),
  ApiBody({ description: `The ${kind} file itself, UTF-8 (with or without BOM); layout in docs/imports.md` }),
  ApiOkResponse({ description: 'The report: imported, nothing-to-import, or for a dry run checked or rejected' }),
  ApiUnprocessableEntityResponse({ description: 'IMPORT.REJECTED: details is the report, every problem by line' }),
  ApiUnsupportedMediaTypeResponse({ description: 'IMPORT.NOT_CSV: send the file as the body, Content-Type text/csv' }),
];

const apply =
  (...decorators: MethodDecorator[]): MethodDecorator =>
  (target, key, descriptor) => {
    for (const d of decorators) d(target, key, descriptor);
  };

/**
 * Spreadsheet imports: the CSV file is the request body (`Content-Type: text/csv`), one route per
 * kind so each has the roles of the commands it sends. All or nothing: see docs/imports.md.
 */
@ApiTags('imports')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@Controller('api/imports')
export class ImportsController {
  constructor(private readonly importer: Importer) {}

  @Post('staff')
  @HttpCode(200)
  @Roles('hr', 'admin')
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: hr or admin only' })
  @apply(...Documented('staff'))
  staff(@Req() req: Request, @Query() query: ImportRequest, @CurrentUser() user: AuthenticatedUser) {
    return this.import('staff', req, query, user);
  }

  @Post('qualifications')
  @HttpCode(200)
  @Roles('hr', 'admin')
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: hr or admin only' })
  @apply(...Documented('qualifications'))
  qualifications(@Req() req: Request, @Query() query: ImportRequest, @CurrentUser() user: AuthenticatedUser) {
    return this.import('qualifications', req, query, user);
  }

  @Post('enrolments')
  @HttpCode(200)
  @Roles('hr', 'admin')
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: hr or admin only' })
  @apply(...Documented('enrolments'))
  enrolments(@Req() req: Request, @Query() query: ImportRequest, @CurrentUser() user: AuthenticatedUser) {
    return this.import('enrolments', req, query, user);
  }

  @Post('posts')
  @HttpCode(200)
  @Roles('clinical-lead', 'admin')
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: clinical-lead or admin only' })
  @apply(...Documented('posts'))
  posts(@Req() req: Request, @Query() query: ImportRequest, @CurrentUser() user: AuthenticatedUser) {
    return this.import('posts', req, query, user);
  }

  private async import(
    kind: ImportKind,
    req: Request,
    query: ImportRequest,
    user: AuthenticatedUser,
  ): Promise<ImportReport> {
    if (!Buffer.isBuffer(req.body))
      throw new DomainError(
        'IMPORT.NOT_CSV',
        'Send the CSV file as the request body with Content-Type: text/csv',
        'invalid',
      );
    const { report } = await this.importer.run(kind, req.body, {
      file: query.file ?? 'upload.csv',
      dryRun: query.dryRun ?? false,
      actor: { username: user.username, id: user.id },
      settleTimeoutMs: SETTLE_TIMEOUT_MS,
    });
    if (report.status === 'rejected' && !report.dryRun)
      throw new DomainError(
        'IMPORT.REJECTED',
        `${report.problems.length} problem(s) found; nothing was imported`,
        'rule',
        report as unknown as Record<string, unknown>,
      );
    return report;
  }
}
