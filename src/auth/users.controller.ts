import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, type PipeTransform, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../commands/command-context.decorator.js';
import { newId } from '../commands/command-ids.js';
import { DomainError } from '../shared/domain-error.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import { CreateUserRequest } from './create-user.request.js';
import { CurrentUser } from './current-user.decorator.js';
import { ResetPasswordRequest } from './reset-password.request.js';
import { Roles } from './roles.decorator.js';
import { UserChangesRequest } from './user-changes.request.js';
import type { Actor } from './user-directory.js';
import {
  CreatedUserResponse,
  toUserChangeResponse,
  toUserResponse,
  UserChangeResponse,
  UserResponse,
} from './user.response.js';
import { UsersService } from './users.service.js';

const userIdPipe = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError('USERS.INVALID_ID', 'A user id is a UUID', 'invalid'),
});
// Lower-cased so that the caller's own id cannot slip past "not yourself" in capitals.
const lowerCase: PipeTransform<string, string> = { transform: (id) => id.toLowerCase() };
const UserId = () => Param('id', userIdPipe, lowerCase);
const actor = (caller: AuthenticatedUser): Actor => ({ id: caller.id, name: caller.username });

@ApiTags('users')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: admin only' })
@ApiBadRequestResponse({ description: 'VALIDATION.FAILED, USERS.INVALID_ID, AUTH.PASSWORD_TOO_SHORT/TOO_COMMON' })
@Roles('admin')
@Controller('api/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiCreatedResponse({ type: CreatedUserResponse })
  @ApiConflictResponse({ description: 'USERS.USERNAME_TAKEN' })
  async create(
    @Body() body: CreateUserRequest,
    @CurrentUser() caller: AuthenticatedUser,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatedUserResponse> {
    const account = await this.users.create(body, actor(caller), newId(ctx, 'user'));
    return { id: account.id, username: account.username, roles: account.roles };
  }

  @Get()
  @ApiOkResponse({ type: UserResponse, isArray: true })
  async list(): Promise<UserResponse[]> {
    return (await this.users.list()).map(toUserResponse);
  }

  @Get('changes')
  @Roles('admin', 'auditor')
  @ApiOperation({
    summary: 'Who created, disabled, enabled or reset the password of which account, and when (newest first)',
  })
  @ApiOkResponse({ type: UserChangeResponse, isArray: true })
  async changes(@Query() query: UserChangesRequest): Promise<UserChangeResponse[]> {
    return (await this.users.changes(query)).map(toUserChangeResponse);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Disable an account: its tokens stop working on the next request; it cannot sign in' })
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ description: 'USERS.NOT_FOUND' })
  @ApiUnprocessableEntityResponse({ description: 'USERS.CANNOT_DISABLE_SELF' })
  async disable(@UserId() id: string, @CurrentUser() caller: AuthenticatedUser): Promise<UserResponse> {
    return toUserResponse(await this.users.disable(id, actor(caller)));
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Enable an account again: it can sign in; tokens from before the disable stay refused' })
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ description: 'USERS.NOT_FOUND' })
  async enable(@UserId() id: string, @CurrentUser() caller: AuthenticatedUser): Promise<UserResponse> {
    return toUserResponse(await this.users.enable(id, actor(caller)));
  }

  @Post(':id/password')
  @HttpCode(200)
  @ApiOperation({ summary: "Set a new password: the account's existing tokens stop working" })
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ description: 'USERS.NOT_FOUND' })
  async resetPassword(
    @UserId() id: string,
    @Body() body: ResetPasswordRequest,
    @CurrentUser() caller: AuthenticatedUser,
  ): Promise<UserResponse> {
    return toUserResponse(await this.users.resetPassword(id, body.password, actor(caller)));
  }
}
