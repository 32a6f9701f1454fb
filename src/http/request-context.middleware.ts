import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';

const SAFE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Gives every request a correlation id (the caller's, if well formed) and logs its outcome. */
export function requestContext(logger = new Logger('HTTP')) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const given = req.header('x-correlation-id');
    const correlationId = given && SAFE_ID.test(given) ? given : randomUUID();
    (req as Request & { correlationId: string }).correlationId = correlationId;
    res.setHeader('X-Correlation-Id', correlationId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.log({
        message: 'request',
        method: req.method,
        path: req.originalUrl.split('?')[0],
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
        correlationId,
      });
    });
    next();
  };
}

export const correlationIdOf = (req: Request): string =>
  (req as Request & { correlationId?: string }).correlationId ?? randomUUID();
