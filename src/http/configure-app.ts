import { type INestApplication, ValidationPipe, type ValidationError } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { DomainError } from '../shared/domain-error.js';
import { AllExceptionsFilter } from './all-exceptions.filter.js';
import { answerClientErrorsAsJson } from './client-errors.js';
import { toErrorResponse } from './error-body.js';
import { requestGuard } from './request-guard.js';
import { requestContext } from './request-context.middleware.js';
import { serveWebApp } from './web-app.js';

const flatten = (errors: ValidationError[], parent = ''): string[] =>
  errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    return [
      ...Object.values(e.constraints ?? {}).map((m) =>
        m.startsWith(e.property) ? m.replace(e.property, path) : `${path}: ${m}`,
      ),
      ...flatten(e.children ?? [], path),
    ];
  });

export const validationPipe = new ValidationPipe({
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  exceptionFactory: (errors) => {
    const problems = flatten(errors);
    return new DomainError('VALIDATION.FAILED', problems.join('; '), 'invalid', { problems });
  },
});

/** Everything main.ts and the e2e tests both need, so tests exercise the app exactly as it runs. */
export function configureApp(
  app: INestApplication,
  options: { bodyLimit: string; trustProxy: boolean | number | string; corsOrigins: string[]; webDir?: string },
): void {
  const http = app.getHttpAdapter().getInstance() as express.Express;
  http.disable('x-powered-by');
  http.set('trust proxy', options.trustProxy);
  answerClientErrorsAsJson(app.getHttpServer());
  app.use(
    helmet({
      contentSecurityPolicy: {
        // The OpenAPI page (Swagger UI) and the web app's charts style themselves inline; scripts
        // (the web app's too) come from this origin only, never inline.
        // No upgrade-insecure-requests: on a plain-HTTP internal deployment it would break the page's own scripts.
        directives: {
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'upgrade-insecure-requests': null,
        },
      },
    }),
  );
  // Same origin only unless CADRE_CORS_ORIGINS names the browser origins allowed to call the API.
  if (options.corsOrigins.length > 0)
    app.enableCors({
      origin: options.corsOrigins,
      methods: ['GET', 'POST', 'PUT', 'DELETE'],
      allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Correlation-Id'],
      exposedHeaders: ['X-Correlation-Id', 'Retry-After', 'Idempotent-Replayed'],
      maxAge: 600,
    });
  http.set('query parser', 'simple');
  app.use(requestContext());
  serveWebApp(http, options.webDir);
  app.use(express.json({ limit: options.bodyLimit, strict: true, type: ['application/json', 'application/*+json'] }));
  app.use(requestGuard());
  // Body-parser errors happen before any route; turn them into coded answers here.
  app.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if (!error) return next();
    const { status, body } = toErrorResponse(error);
    res.status(status).json(body);
  });
  app.useGlobalPipes(validationPipe);
  app.useGlobalFilters(new AllExceptionsFilter());
  // No enableShutdownHooks(): main.ts stops on SIGTERM itself (http/graceful-shutdown.ts), draining
  // requests before the database closes, which Nest's own hooks would do in the other order.
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('cadre')
      .setDescription('Workforce development tracker for the Triborough systemic practice programme')
      .setVersion('0.1.0')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);
}
