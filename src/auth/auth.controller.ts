import { Body, Controller, HttpCode, Ip, Post } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { LoginRequest } from './login.request.js';
import { LoginResponse } from './login.response.js';
import { LoginService } from './login.service.js';
import { Public } from './public.decorator.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(private readonly logins: LoginService) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Exchange a username and password for an access token' })
  @ApiOkResponse({ type: LoginResponse })
  @ApiUnauthorizedResponse({ description: 'AUTH.INVALID_CREDENTIALS' })
  @ApiTooManyRequestsResponse({
    description: 'AUTH.TOO_MANY_ATTEMPTS: too many failures from this address or for this username',
  })
  login(@Body() body: LoginRequest, @Ip() address: string): Promise<LoginResponse> {
    return this.logins.login(body.username, body.password, address);
  }
}
