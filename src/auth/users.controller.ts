import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Ctx, type RequestContext } from '../commands/command-context.decorator.js';
import { newId } from '../commands/command-ids.js';
import { DomainError } from '../shared/domain-error.js';
import type { AuthenticatedUser } from './authenticated-user.js';
import { CreateUserRequest } from './create-user.request.js';
import { CurrentUser } from './current-user.decorator.js';
import { Roles } from './roles.decorator.js';
import { CreatedUserResponse, toUserResponse, UserResponse } from './user.response.js';
import { UsersService } from './users.service.js';

const userId = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError('USERS.INVALID_ID', 'A user id is a UUID', 'invalid'),
});

@ApiTags('users')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'AUTH.UNAUTHENTICATED' })
@ApiForbiddenResponse({ description: 'AUTH.FORBIDDEN: admin only' })
@Roles('admin')
@Controller('api/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiCreatedResponse({ type: CreatedUserResponse })
  @ApiConflictResponse({ description: 'USERS.USERNAME_TAKEN' })
  async create(@Body() body: CreateUserRequest, @Ctx() ctx: RequestContext): Promise<CreatedUserResponse> {
    const account = await this.users.create(body, newId(ctx, 'user'));
    return { id: account.id, username: account.username, roles: account.roles };
  }

  @Get()
  @ApiOkResponse({ type: UserResponse, isArray: true })
  async list(): Promise<UserResponse[]> {
    return (await this.users.list()).map(toUserResponse);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOkResponse({ type: UserResponse })
  async disable(@Param('id', userId) id: string, @CurrentUser() caller: AuthenticatedUser): Promise<UserResponse> {
    return toUserResponse(await this.users.disable(id, caller));
  }
}
