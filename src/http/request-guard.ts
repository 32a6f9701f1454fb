import type { NextFunction, Request, Response } from 'express';

/** Deeper than any request cadre accepts (the plan document nests about 5 levels). */
export const MAX_JSON_DEPTH = 32;

// U+0000, or a surrogate without its partner: valid in a JSON string, but PostgreSQL's text and
// jsonb cannot hold them ("unsupported Unicode escape sequence"), which answered 500.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (text: string): boolean => text.includes('\u0000') || LONE_SURROGATE.test(text);

export type Refusal = 'too-deep' | 'unstorable-text';

/**
 * What is wrong with a parsed JSON body or query, if anything: nested deeper than `maxDepth`
 * arrays/objects, or a string (value or key) PostgreSQL cannot store. Walks iteratively, because
 * the point is to refuse bodies that overflow recursive walkers (class-transformer overflowed at a
 * few thousand levels, answering 500).
 */
export function inspect(value: unknown, maxDepth: number): Refusal | undefined {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current === 'string') {
      if (unstorable(current)) return 'unstorable-text';
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth + 1 > maxDepth) return 'too-deep';
    for (const [key, child] of Object.entries(current)) {
      if (unstorable(key)) return 'unstorable-text';
      if (typeof child === 'object' || typeof child === 'string') stack.push([child, depth + 1]);
    }
  }
  return undefined;
}

const ANSWERS: Record<Refusal, (max: number) => { code: string; message: string }> = {
  'too-deep': (max) => ({ code: 'REQUEST.TOO_DEEP', message: `The request body nests deeper than ${max} levels` }),
  'unstorable-text': () => ({
    code: 'REQUEST.INVALID_TEXT',
    message: 'The request holds a NUL character or an unpaired UTF-16 surrogate, which cannot be stored',
  }),
};

/**
 * Refuses, with 400 and a code, a request whose parsed body or query, or whose path, cadre could
 * not store or safely walk, before any pipe, guard or handler sees it. Runs after the JSON parser.
 */
export const requestGuard =
  (maxDepth = MAX_JSON_DEPTH) =>
  (req: Request, res: Response, next: NextFunction): void => {
    // Path parameters are decoded later, by the router: look for an encoded NUL in the raw path.
    const pathHasNul = /%00/.test(req.url.split('?')[0]);
    const refusal = pathHasNul ? 'unstorable-text' : (inspect(req.body, maxDepth) ?? inspect(req.query, 2));
    if (refusal === undefined) return next();
    res.status(400).json(ANSWERS[refusal](maxDepth));
  };
