import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Logger } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

export const DEFAULT_WEB_DIR = 'web/dist';

/**
 * Where the web app's production build is. A configured path is taken relative to the working
 * directory; the default is looked for there first (npm start, the Docker image), then beside the
 * code: this file sits two directories below the project root as source and three as compiled
 * output (dist/src/http).
 */
export const locateWebDir = (configured?: string): string => {
  if (configured) return resolve(configured);
  const candidates = [
    resolve(DEFAULT_WEB_DIR),
    fileURLToPath(new URL(`../../${DEFAULT_WEB_DIR}`, import.meta.url)),
    fileURLToPath(new URL(`../../../${DEFAULT_WEB_DIR}`, import.meta.url)),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'index.html'))) ?? candidates[0];
};

/** Paths the web app never answers, so that API clients keep getting coded JSON errors. */
const isServerPath = (path: string): boolean =>
  path === '/api' || path.startsWith('/api/') || path === '/health' || path.startsWith('/health/');

/**
 * Serves the web app at `/`: its hashed assets with a long cache life, and index.html (never
 * cached, so a new build is picked up at once) for every other GET of a page, so that a deep link
 * such as /staff/… reloads into the app (the browser router takes it from there). Without a build
 * nothing is mounted and the server is the API alone, as before.
 */
export function serveWebApp(http: express.Express, configured?: string): void {
  const dir = locateWebDir(configured);
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    new Logger('WebApp').warn({ message: 'No web app build found; serving the API only', dir });
    return;
  }
  const assets = express.static(dir, {
    index: false,
    setHeaders: (res, path) =>
      res.setHeader(
        'Cache-Control',
        path.includes(`${join(dir, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  http.use((req: Request, res: Response, next: NextFunction) => {
    if (isServerPath(req.path) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    assets(req, res, () => {
      // A missing asset is a 404, not the app's page: a stale cached page asking for an old
      // chunk would otherwise get HTML and fail with a confusing MIME-type error.
      if (req.path.startsWith('/assets/') || !req.accepts('html')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      // Relative to root: `send` refuses any dot-folder on an absolute path (such as node_modules/.cache).
      res.sendFile('index.html', { root: dir });
    });
  });
}
