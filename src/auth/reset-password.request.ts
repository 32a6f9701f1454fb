import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class ResetPasswordRequest {
  @ApiProperty({ format: 'password', minLength: 12, description: 'The new password (same policy as at creation)' })
  @IsString()
  @MaxLength(1024)
  password: string;
}
