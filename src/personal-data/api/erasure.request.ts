import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ErasureRequest {
  @ApiProperty({
    example: 'Erasure request received 2026-11-30, ticket DP-1042; retention period over',
    description: 'Why the data is erased: recorded in clear with the erasure, so do not name the person',
    maxLength: 500,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

export class ErasureResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date', description: 'The UK date of the erasure' })
  erasedOn: string;
}
