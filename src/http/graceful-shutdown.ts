import type { Server } from 'node:http';
import type { INestApplication, LoggerService } from '@nestjs/common';

/**
 * On SIGTERM (or SIGINT): stop accepting connections, let the requests in flight finish, then close
 * the application (projections stop after the batch in flight commits; the database is released)
 * and exit 0. Past `timeoutMs` it exits 1 rather than hang. Nest's own shutdown hooks close the
 * database before the HTTP server, which would fail requests in flight, hence this order.
 */
export function stopGracefullyOnSignals(app: INestApplication, logger: LoggerService, timeoutMs: number): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log({ message: 'Stopping: finishing requests in flight', signal, timeoutMs }, 'Shutdown');
    setTimeout(() => {
      logger.error({ message: `Did not stop within ${timeoutMs} ms; exiting` }, undefined, 'Shutdown');
      process.exit(1);
    }, timeoutMs).unref();
    drain(app.getHttpServer() as Server)
      .then(() => app.close())
      .then(
        () => {
          logger.log({ message: 'Stopped' }, 'Shutdown');
          process.exit(0);
        },
        (error: Error) => {
          logger.error({ message: 'Shutdown failed', error: error.message }, undefined, 'Shutdown');
          process.exit(1);
        },
      );
  };
  // `on`, not `once`: signal-exit (used by the data-directory lock) re-raises a signal that no
  // other listener is left to handle, which would kill the process in the middle of the drain.
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/** Resolves once the server has stopped listening and every connection has ended. */
function drain(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Keep-alive connections become idle as their last response ends: close them as they do.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    sweep.unref();
    server.once('close', () => clearInterval(sweep));
  });
}
