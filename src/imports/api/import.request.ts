import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ImportRequest {
  @ApiPropertyOptional({ type: Boolean, default: false, description: 'Check every row and report; write nothing' })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  dryRun?: boolean;

  @ApiPropertyOptional({
    example: 'hr-staff-2017-03.csv',
    description: "The file's name, recorded in every event's metadata (default: upload.csv)",
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  @Matches(/^[^\\/\0]+$/, { message: 'file must be a file name without a directory' })
  file?: string;
}
