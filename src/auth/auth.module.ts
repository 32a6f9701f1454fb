import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { systemClock } from '../shared/clock.js';
import { AdminBootstrap } from './admin-bootstrap.service.js';
import { AUTH_CLOCK } from './auth-clock.js';
import { AuthController } from './auth.controller.js';
import { JwtAuthGuard } from './jwt-auth.guard.js';
import { jwtOptions } from './jwt-options.js';
import { JWT_SECRET, jwtSecretProvider } from './jwt-secret.js';
import { LoginService } from './login.service.js';
import { LoginAttempts } from './login-attempts.js';
import { PasswordHasher } from './password-hasher.js';
import { RolesGuard } from './roles.guard.js';
import { SqlUserDirectory } from './sql-user-directory.js';
import { USER_DIRECTORY } from './user-directory.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

/**
 * Accounts, login and the two global guards. Needs the global `APP_CONFIG` provider and the app's
 * TypeORM `DataSource` (the `users` table comes from migration 1764460800002; no entity is registered).
 */
@Module({
  imports: [
    JwtModule.registerAsync({
      extraProviders: [jwtSecretProvider],
      inject: [JWT_SECRET, APP_CONFIG],
      useFactory: (secret: string, config: AppConfig) => jwtOptions(secret, config.jwtTtlSeconds),
    }),
  ],
  controllers: [AuthController, UsersController],
  providers: [
    { provide: PasswordHasher, useValue: new PasswordHasher() },
    { provide: AUTH_CLOCK, useValue: systemClock },
    SqlUserDirectory,
    { provide: USER_DIRECTORY, useExisting: SqlUserDirectory },
    LoginService,
    { provide: LoginAttempts, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new LoginAttempts(config) },
    UsersService,
    AdminBootstrap,
    // Order matters: global guards run in registration order, and RolesGuard reads request.user.
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [USER_DIRECTORY, PasswordHasher],
})
export class AuthModule {}
