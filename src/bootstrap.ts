import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { loadConfig, type AppOptions } from './config/app-config.js';
import { configureApp } from './http/configure-app.js';
import { JsonLogger } from './http/json-logger.js';

/** Builds the configured application, ready to listen; main.ts and the e2e tests both use it. */
export async function createApp(
  env: Record<string, string | undefined> = process.env,
  logger = new JsonLogger(loadConfig(env).logLevel),
  options: AppOptions = {},
): Promise<INestApplication> {
  const config = loadConfig(env);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(env, options), {
    logger,
    bodyParser: false,
    abortOnError: false,
  });
  configureApp(app, {
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    corsOrigins: config.corsOrigins,
    webDir: config.webDir,
  });
  return app;
}
