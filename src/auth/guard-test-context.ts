import type { ExecutionContext } from '@nestjs/common';

/** A minimal HTTP ExecutionContext for guard unit tests: a real handler and class carry the metadata. */
export function httpContext(input: {
  controller: new (...args: never[]) => object;
  handler: string;
  routePath: string;
  headers?: Record<string, string>;
  user?: unknown;
}): {
  context: ExecutionContext;
  request: { headers: Record<string, string>; user?: unknown; route: { path: string } };
} {
  const request = { headers: input.headers ?? {}, user: input.user, route: { path: input.routePath } };
  const handler = (input.controller.prototype as Record<string, unknown>)[input.handler] as () => unknown;
  const context = {
    getType: () => 'http',
    getClass: () => input.controller,
    getHandler: () => handler,
    getArgs: () => [request, {}, undefined],
    getArgByIndex: (index: number) => [request, {}, undefined][index],
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => ({}), getNext: () => undefined }),
    switchToRpc: () => {
      throw new Error('not rpc');
    },
    switchToWs: () => {
      throw new Error('not ws');
    },
  } as unknown as ExecutionContext;
  return { context, request };
}
