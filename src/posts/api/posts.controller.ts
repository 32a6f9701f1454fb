import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, type PipeTransform, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '../../auth/index.js';
import { Ctx, type RequestContext } from '../../commands/command-context.decorator.js';
import { EventSourcing } from '../../commands/event-sourcing.service.js';
import { readCutOf, ReadCutRequest } from '../../http/read-cut.request.js';
import { DomainError } from '../../shared/domain-error.js';
import { fteToHundredths } from '../../shared/values.js';
import { AppointToPostCommand } from '../application/appoint-to-post.handler.js';
import { DisestablishPostCommand } from '../application/disestablish-post.handler.js';
import { EstablishPostCommand } from '../application/establish-post.handler.js';
import { GetPostQuery } from '../application/get-post.handler.js';
import { IntegratePostCommand } from '../application/integrate-post.handler.js';
import { ListPostsQuery } from '../application/list-posts.handler.js';
import type { PostCommandResult } from '../application/post-command-result.js';
import { VacatePostCommand } from '../application/vacate-post.handler.js';
import { CsvExport } from '../../http/csv/csv-export.decorator.js';
import { EstablishPostRequest } from './establish-post.request.js';
import { ListPostsRequest } from './list-posts.request.js';
import { POSTS_CSV } from './posts.csv.js';
import {
  AppointmentRequest,
  DisestablishmentRequest,
  IntegrationRequest,
  VacancyRequest,
} from './post-actions.request.js';
import {
  CreatedPostResponse,
  PostPageResponse,
  PostResponse,
  toPostPageResponse,
  toPostResponse,
} from './post.response.js';

// Lower-cased because PostgreSQL prints uuids in lower case and the stream id must match the view.
const postId = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError('POSTS.INVALID_ID', 'A post id is a UUID', 'invalid'),
});
const lowerCase: PipeTransform<string, string> = { transform: (id) => id.toLowerCase() };
const PostId = () => Param('id', postId, lowerCase);

const WRITERS = ['clinical-lead', 'admin'] as const;

/** The establishment: posts, their holders, and clinician posts moving into social work posts. */
@ApiTags('posts')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiBadRequestResponse({ description: 'VALIDATION.FAILED, POSTS.INVALID_ID or another POSTS.INVALID_* code' })
@Controller('api/posts')
export class PostsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly eventSourcing: EventSourcing,
  ) {}

  @Post()
  @Roles(...WRITERS)
  @ApiCreatedResponse({ type: CreatedPostResponse })
  @ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: clinical-lead or admin only' })
  async establish(@Body() body: EstablishPostRequest, @Ctx() ctx: RequestContext): Promise<CreatedPostResponse> {
    const { reason: _reason, wte, ...rest } = body;
    // The DTO has checked two decimals and the range, so the conversion cannot fail here.
    const input = { ...rest, wteHundredths: fteToHundredths(wte) ?? Number.NaN };
    const result = await this.commands.execute(new EstablishPostCommand(input, ctx));
    await this.eventSourcing.settle(result.position);
    return { id: result.postId };
  }

  @Get()
  @ApiOkResponse({ type: PostPageResponse })
  @CsvExport(POSTS_CSV)
  async list(@Query() query: ListPostsRequest): Promise<PostPageResponse> {
    const { page, pageSize, asAt, knownAt, format: _format, ...filter } = query;
    const cut = readCutOf({ asAt, knownAt });
    return toPostPageResponse(await this.queries.execute(new ListPostsQuery(filter, page, pageSize, cut)));
  }

  @Get(':id')
  @ApiOkResponse({ type: PostResponse })
  @ApiNotFoundResponse({ description: 'POSTS.NOT_FOUND' })
  async get(@PostId() id: string, @Query() cut: ReadCutRequest): Promise<PostResponse> {
    return toPostResponse(await this.queries.execute(new GetPostQuery(id, readCutOf(cut))));
  }

  @Post(':id/appointments')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: PostResponse, description: 'The post with its new holder' })
  @ApiNotFoundResponse({ description: 'POSTS.NOT_FOUND, STAFF.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    description:
      'POSTS.FTE_TOO_LOW, POSTS.FTE_EXCEEDED, POSTS.ALREADY_HELD, POSTS.HOLDER_NOT_DUAL_QUALIFIED, POSTS.DISESTABLISHED, POSTS.INTEGRATED, POSTS.DATE_BEFORE_*, STAFF.HAS_LEFT, STAFF.EFFECTIVE_BEFORE_START',
  })
  appoint(@PostId() id: string, @Body() body: AppointmentRequest, @Ctx() ctx: RequestContext) {
    const input = { postId: id, staffId: body.staffId, from: body.from };
    return this.settled(id, this.commands.execute(new AppointToPostCommand(input, ctx)));
  }

  @Post(':id/vacancy')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: PostResponse })
  @ApiNotFoundResponse({ description: 'POSTS.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'POSTS.VACANT, POSTS.DATE_BEFORE_*, POSTS.DISESTABLISHED' })
  vacate(@PostId() id: string, @Body() body: VacancyRequest, @Ctx() ctx: RequestContext) {
    return this.settled(id, this.commands.execute(new VacatePostCommand({ postId: id, on: body.on }, ctx)));
  }

  @Post(':id/integration')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: PostResponse, description: 'The clinician post, now integrated' })
  @ApiNotFoundResponse({ description: 'POSTS.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    description:
      'POSTS.HOLDER_NOT_DUAL_QUALIFIED, POSTS.TARGET_VACANT, POSTS.HELD, POSTS.NOT_A_CLINICIAN_POST, POSTS.NOT_A_SOCIAL_WORK_POST, POSTS.INTEGRATED_WTE_EXCEEDS_POST',
  })
  integrate(@PostId() id: string, @Body() body: IntegrationRequest, @Ctx() ctx: RequestContext) {
    const input = { postId: id, intoPostId: body.intoPostId, on: body.on };
    return this.settled(id, this.commands.execute(new IntegratePostCommand(input, ctx)));
  }

  @Post(':id/disestablishment')
  @HttpCode(200)
  @Roles(...WRITERS)
  @ApiOkResponse({ type: PostResponse })
  @ApiNotFoundResponse({ description: 'POSTS.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({
    description: 'POSTS.HELD, POSTS.DISESTABLISHED, POSTS.INTEGRATED, POSTS.DATE_BEFORE_*',
  })
  disestablish(@PostId() id: string, @Body() body: DisestablishmentRequest, @Ctx() ctx: RequestContext) {
    return this.settled(id, this.commands.execute(new DisestablishPostCommand({ postId: id, on: body.on }, ctx)));
  }

  /** Answers with the post once the read models include the command's events. */
  private async settled(id: string, pending: Promise<PostCommandResult>): Promise<PostResponse> {
    const result = await pending;
    await this.eventSourcing.settle(result.position);
    return toPostResponse(await this.queries.execute(new GetPostQuery(id)));
  }
}
