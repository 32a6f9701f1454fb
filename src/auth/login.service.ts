import { Inject, Injectable, UnauthorizedException, type OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { AccessTokenClaims } from './access-token.js';
import type { LoginResponse } from './login.response.js';
import { LoginAttempts } from './login-attempts.js';
import { PasswordHasher } from './password-hasher.js';
import { USER_DIRECTORY, type UserDirectory } from './user-directory.js';

const INVALID_CREDENTIALS = { code: 'AUTH.INVALID_CREDENTIALS', message: 'Wrong username or password' };

/**
 * Exchanges a username and password for an access token. An unknown, disabled or wrongly
 * answered account all get the same answer after the same work (one scrypt verification), so
 * neither the reply nor its timing tells which usernames exist.
 */
@Injectable()
export class LoginService implements OnModuleInit {
  private dummyHash?: Promise<string>;

  constructor(
    @Inject(USER_DIRECTORY) private readonly users: UserDirectory,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'jwtTtlSeconds'>,
    private readonly attempts: LoginAttempts,
  ) {}

  /** Hash the stand-in password up front, so even the first unknown username costs no more than others. */
  async onModuleInit(): Promise<void> {
    await this.dummy();
  }

  /** `address` is the client's (Express `req.ip`, which honours CADRE_TRUST_PROXY). */
  async login(username: string, password: string, address = 'unknown'): Promise<LoginResponse> {
    const name = username.trim().toLowerCase();
    this.attempts.check(address, name);
    const found = await this.users.findCredentials(name);
    const matches = await this.hasher.verify(password, found?.passwordHash ?? (await this.dummy()));
    if (!found || !matches || found.account.disabled) {
      this.attempts.recordFailure(address, name);
      throw new UnauthorizedException(INVALID_CREDENTIALS);
    }
    const { account } = found;
    const claims: AccessTokenClaims = { sub: account.id, username: account.username, roles: account.roles };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.config.jwtTtlSeconds });
    return { accessToken, expiresIn: this.config.jwtTtlSeconds };
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= this.hasher.hash(randomBytes(16).toString('hex'));
    return this.dummyHash;
  }
}
