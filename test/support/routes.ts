import type { INestApplication } from '@nestjs/common';

export interface Route {
  method: string;
  path: string;
}

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/**
 * Every route the running app's Express router dispatches (Express 5 keeps them on `app.router`),
 * Nest controllers and the OpenAPI page alike, as `{ method: 'POST', path: '/api/staff/:id/changes' }`.
 * Read from the router, not from a list, so a route added later shows up here by itself.
 */
export function expressRoutes(app: INestApplication): Route[] {
  const express = app.getHttpAdapter().getInstance() as { router?: { stack: Layer[] }; _router?: { stack: Layer[] } };
  const stack = (express.router ?? express._router)?.stack ?? [];
  const routes = stack.flatMap((layer) => {
    if (!layer.route) return [];
    const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
    return Object.keys(layer.route.methods)
      .filter((m) => layer.route!.methods[m] && m !== '_all')
      .flatMap((m) => paths.map((path) => ({ method: m.toUpperCase(), path })));
  });
  const seen = new Set<string>();
  return routes.filter((r) => !seen.has(`${r.method} ${r.path}`) && seen.add(`${r.method} ${r.path}`));
}

export const routeName = (r: Route): string => `${r.method} ${r.path}`;

export const WRITE_METHODS = ['POST', 'PUT', 'PATCH', 'DELETE'];
