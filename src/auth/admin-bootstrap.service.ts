import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import type { Clock } from '../shared/clock.js';
import { AUTH_CLOCK } from './auth-clock.js';
import { PasswordHasher } from './password-hasher.js';
import { MIN_PASSWORD_LENGTH } from './password-policy.js';
import { USER_DIRECTORY, type Actor, type UserDirectory } from './user-directory.js';

export const FIRST_ADMIN_USERNAME = 'admin';
/** The actor recorded in the account trail for the admin made on the first start. */
const FIRST_START: Actor = { id: null, name: 'system:first-start' };

/**
 * On the first start (no users at all) creates `admin` with `CADRE_ADMIN_PASSWORD`, or with a
 * generated password written to the log once. Later starts, and a second instance racing this
 * one, change nothing.
 */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminBootstrap.name);

  constructor(
    @Inject(USER_DIRECTORY) private readonly users: UserDirectory,
    private readonly hasher: PasswordHasher,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'adminPassword'>,
    @Inject(AUTH_CLOCK) private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensureFirstAdmin();
  }

  /** True when this call created the admin. */
  async ensureFirstAdmin(): Promise<boolean> {
    if (!(await this.users.isEmpty())) return false;
    const configured = this.config.adminPassword;
    if (configured !== undefined && [...configured].length < MIN_PASSWORD_LENGTH)
      throw new Error(`CADRE_ADMIN_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters long`);
    const password = configured ?? randomBytes(24).toString('base64url');
    const now = this.clock.now();
    const created = await this.users.insertFirst(
      {
        id: randomUUID(),
        username: FIRST_ADMIN_USERNAME,
        passwordHash: await this.hasher.hash(password),
        roles: ['admin'],
        createdAt: now,
      },
      FIRST_START,
    );
    if (!created) return false;
    if (configured !== undefined)
      this.logger.log(`Created user "${FIRST_ADMIN_USERNAME}" with the password from CADRE_ADMIN_PASSWORD`);
    else
      this.logger.warn(
        `Created user "${FIRST_ADMIN_USERNAME}" with generated password ${password} - store it now: it will not be shown again`,
      );
    return true;
  }
}
