import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { APP_OPTIONS, type AppOptions } from '../config/app-config.js';
import { systemClock } from '../shared/clock.js';
import { CLOCK } from '../shared/clock.token.js';
import { EventSourcing } from './event-sourcing.service.js';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';

/** The write side's shared wiring: CQRS buses, the clock, event sourcing and idempotent retries. */
@Global()
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [
    { provide: CLOCK, inject: [APP_OPTIONS], useFactory: (options: AppOptions) => options.clock ?? systemClock },
    EventSourcing,
    { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
  ],
  exports: [CLOCK, EventSourcing, CqrsModule],
})
export class CommandsModule {}
