import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from './roles.js';
import { USER_CHANGE_KINDS, type UserAccount, type UserChange, type UserChangeKind } from './user-directory.js';

export class CreatedUserResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  username: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  roles: Role[];
}

export class UserResponse extends CreatedUserResponse {
  @ApiProperty()
  disabled: boolean;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  passwordChangedAt: string;
}

export const toUserResponse = (account: UserAccount): UserResponse => ({
  id: account.id,
  username: account.username,
  roles: account.roles,
  disabled: account.disabled,
  createdAt: account.createdAt.toISOString(),
  passwordChangedAt: account.passwordChangedAt.toISOString(),
});

export class UserChangeResponse {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  username: string;

  @ApiProperty({ enum: USER_CHANGE_KINDS })
  change: UserChangeKind;

  @ApiProperty({ description: 'Username of the admin, `cli:<operator>` or `system:first-start`' })
  actor: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: "The admin's user id (null from the CLI)" })
  actorId: string | null;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

export const toUserChangeResponse = (c: UserChange): UserChangeResponse => ({
  userId: c.userId,
  username: c.username,
  change: c.change,
  actor: c.actor,
  actorId: c.actorId,
  at: c.at.toISOString(),
});
