import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayNotEmpty, ArrayUnique, IsArray, IsIn, IsString, Length, Matches, MaxLength } from 'class-validator';
import { ROLES, type Role } from './roles.js';

export class CreateUserRequest {
  @ApiProperty({ example: 'j.smith', description: '3-64 characters of a-z, 0-9, ".", "_" and "-"; case-insensitive' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Length(3, 64)
  @Matches(/^[a-z0-9._-]+$/, { message: 'username may hold only a-z, 0-9, ".", "_" and "-"' })
  username: string;

  @ApiProperty({ format: 'password', minLength: 12 })
  @IsString()
  @MaxLength(1024)
  password: string;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['hr'] })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: Role[];
}
