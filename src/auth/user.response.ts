import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role } from './roles.js';
import type { UserAccount } from './user-directory.js';

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
}

export const toUserResponse = (account: UserAccount): UserResponse => ({
  id: account.id,
  username: account.username,
  roles: account.roles,
  disabled: account.disabled,
  createdAt: account.createdAt.toISOString(),
});
