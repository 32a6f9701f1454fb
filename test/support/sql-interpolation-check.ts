import ts from 'typescript';
import { indexedProgram } from './sql-program.js';

/**
 * Finds SQL built from values that are not known to be chosen by the code. A "sink" is a call of
 * `x.query(sql, …)` or of a function value named `query` or `q` (the wrappers the code passes
 * around). Its SQL may interpolate or concatenate only what this checker can show to be safe:
 *
 * - literals, and templates/concatenations/conditionals made only of safe parts;
 * - names ending in table(s) or column(s), any case (table and column-list constants, `this.table`);
 * - calls of `.table(…)` (the projection context's table naming);
 * - placeholders: after a `$`, numbers, `.length`, `.push(…)` and arithmetic of them;
 * - a `const` (in any file, through imports) whose initializer is safe, including arrays whose
 *   every `.push(…)` is safe, and `for … of` variables over a safe iterable;
 * - a call of a function or method whose returned SQL is safe given that call's arguments;
 * - a parameter (or constructor parameter property) when every call (or `new`) in the program
 *   passes a safe value, and a call of a function-valued parameter when every function passed is safe;
 * - `join`, `map`, `filter`, `slice` and string methods over safe values, and a function held by a
 *   safe value (a column's `select`) called with safe arguments;
 * - parts of a safe value taken apart (`const [from, to] = [...]`);
 * - the helpers and expressions in `allowlist` (reviewed by hand, each with its reason).
 *
 * Anything else, a request value above all, must go in as a `$n` parameter.
 */
export interface Allowed {
  /** Path relative to the project root, e.g. `src/posts/application/list-posts.handler.ts`. */
  file: string;
  /** The expression exactly as written, e.g. `this.key`, or `whereOf` for every call of that helper. */
  expression: string;
  why: string;
}

export interface Finding {
  file: string;
  line: number;
  expression: string;
}

const SAFE_NAME = /(tables?|columns?)$/i;
const SINK_FUNCTIONS = new Set(['query', 'q']);
/** Methods whose result is as safe as the value they are called on (and their arguments). */
const PRESERVING = new Set([
  'join',
  'filter',
  'slice',
  'concat',
  'flat',
  'trim',
  'toLowerCase',
  'toUpperCase',
  'replace',
  'replaceAll',
  'padEnd',
  'padStart',
  'substring',
  'at',
]);
const NUMERIC_METHODS = new Set(['push', 'indexOf', 'lastIndexOf']);

type Env = Map<ts.Node, boolean>;
type Fn = ts.SignatureDeclaration & { body?: ts.Node };

export function findUnsafeSql(
  files: string[],
  root: string,
  allowlist: Allowed[] = [],
): { findings: Finding[]; used: Set<Allowed>; sinks: number } {
  const program = indexedProgram(files, root);
  const { symbolOf } = program;
  const rel = (node: ts.Node) => node.getSourceFile().fileName.slice(root.length).replace(/^\//, '');
  const used = new Set<Allowed>();
  const allowed = (node: ts.Node, text: string) => {
    const entry = allowlist.find((a) => a.file === rel(node) && a.expression === text);
    if (entry) used.add(entry);
    return entry !== undefined;
  };
  const visiting = new Set<ts.Node>();
  const guarded = (node: ts.Node, check: () => boolean): boolean => {
    if (visiting.has(node)) return false;
    visiting.add(node);
    try {
      return check();
    } finally {
      visiting.delete(node);
    }
  };

  const numeric = (expression: ts.Expression): boolean => {
    const e = unwrap(expression);
    if (ts.isNumericLiteral(e)) return true;
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'length') return true;
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression))
      return NUMERIC_METHODS.has(e.expression.name.text);
    if (ts.isBinaryExpression(e) && ARITHMETIC.includes(e.operatorToken.kind))
      return numeric(e.left) && numeric(e.right);
    if (ts.isIdentifier(e)) {
      const decl = symbolOf(e)?.valueDeclaration;
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer && isConst(decl))
        return guarded(decl, () => numeric(decl.initializer!));
      // The index parameter of a `.map((_, i) => …)` callback.
      if (decl && ts.isParameter(decl) && decl.parent.parameters.indexOf(decl) === 1 && isMapCallback(decl.parent))
        return true;
    }
    return false;
  };

  /** The function or method an expression names, if it can be seen. */
  const functionOf = (e: ts.Expression): Fn | undefined => {
    e = unwrap(e);
    if (ts.isArrowFunction(e) || ts.isFunctionExpression(e)) return e;
    const decl = symbolOf(e)?.valueDeclaration;
    if (!decl) return undefined;
    if (ts.isFunctionDeclaration(decl) || ts.isMethodDeclaration(decl)) return decl;
    const init =
      (ts.isVariableDeclaration(decl) && isConst(decl)) || ts.isPropertyDeclaration(decl)
        ? decl.initializer
        : undefined;
    return init && (ts.isArrowFunction(unwrap(init)) || ts.isFunctionExpression(unwrap(init)))
      ? (unwrap(init) as Fn)
      : undefined;
  };

  /** Whether what `fn` returns is safe when its parameters are as safe as `args`. */
  const returnsSafe = (fn: Fn, args: (boolean | undefined)[], env: Env): boolean =>
    guarded(fn, () => {
      const inner: Env = new Map(env);
      fn.parameters.forEach((p, i) =>
        inner.set(p, args[i] ?? (p.initializer ? safe(p.initializer, env) : true) /* undefined */),
      );
      const results = returned(fn);
      return results.length > 0 && results.every((r) => safe(r, inner));
    });

  /** Every value passed for parameter `position` of the function, method or constructor owning it. */
  const argumentsFor = (decl: ts.ParameterDeclaration): ts.Expression[] | undefined => {
    const fn = decl.parent;
    const position = fn.parameters.indexOf(decl);
    let owner: ts.Symbol | undefined;
    let sites: readonly (ts.CallExpression | ts.NewExpression)[] = [];
    if (ts.isConstructorDeclaration(fn) && fn.parent.name) {
      owner = symbolOf(fn.parent.name);
      sites = owner ? program.newsOf(owner) : [];
    } else {
      const name =
        ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn)
          ? fn.name
          : ts.isVariableDeclaration(fn.parent) && isConst(fn.parent)
            ? fn.parent.name
            : undefined;
      owner = name ? symbolOf(name) : undefined;
      sites = owner ? program.callsOf(owner) : [];
    }
    // A function passed around may be called where this cannot see; a class is only ever built with `new`.
    const escapes = !ts.isConstructorDeclaration(fn) && owner !== undefined && program.escapes(owner);
    if (!owner || escapes || sites.length === 0) return undefined;
    const args = sites.map((site) => site.arguments?.[position]);
    return args.every((a) => a !== undefined) ? (args as ts.Expression[]) : undefined;
  };

  const parameterSafe = (decl: ts.ParameterDeclaration, env: Env): boolean => {
    if (env.has(decl)) return env.get(decl)!;
    if (ts.isIdentifier(decl.name) && SAFE_NAME.test(decl.name.text)) return true;
    const args = argumentsFor(decl);
    return args !== undefined && guarded(decl, () => args.every((a) => safe(a, new Map())));
  };

  const identifierSafe = (e: ts.Identifier, env: Env): boolean => {
    if (SAFE_NAME.test(e.text)) return true;
    const s = symbolOf(e);
    let decl: ts.Node | undefined = s?.valueDeclaration;
    if (!s || !decl) return false;
    if (ts.isParameter(decl)) return parameterSafe(decl, env);
    // `const [from, to] = [...]`, `const { a } = …`: parts of a safe value are safe.
    while (ts.isBindingElement(decl)) decl = decl.parent.parent;
    if (ts.isVariableDeclaration(decl)) {
      const variable = decl;
      const loop = variable.parent.parent;
      if (ts.isForOfStatement(loop)) return safe(loop.expression, env);
      if (!variable.initializer || !isConst(variable)) return false;
      return guarded(
        variable,
        () => safe(variable.initializer!, env) && program.pushesOf(s).every((p) => safe(p, env)),
      );
    }
    return false;
  };

  /**
   * `where.sql` when `where` is (a const holding, or a call returning) an object literal: judged by
   * that one property, so a `{ sql, params }` pair is safe when its `sql` is. Undefined otherwise.
   */
  const memberSafe = (object: ts.Expression, name: string, env: Env): boolean | undefined => {
    const e = unwrap(object);
    if (visiting.has(e)) return undefined;
    visiting.add(e);
    try {
      if (ts.isObjectLiteralExpression(e)) {
        const property = e.properties.find((p) => p.name && ts.isIdentifier(p.name) && p.name.text === name);
        return property && ts.isPropertyAssignment(property) ? safe(property.initializer, env) : undefined;
      }
      if (ts.isIdentifier(e)) {
        const decl = symbolOf(e)?.valueDeclaration;
        return decl && ts.isVariableDeclaration(decl) && isConst(decl) && decl.initializer
          ? memberSafe(decl.initializer, name, env)
          : undefined;
      }
      const fn = ts.isCallExpression(e) ? functionOf(e.expression) : undefined;
      if (!fn || !ts.isCallExpression(e)) return undefined;
      const inner: Env = new Map(env);
      fn.parameters.forEach((p, i) => inner.set(p, e.arguments[i] !== undefined && safe(e.arguments[i], env)));
      const each = returned(fn).map((r) => memberSafe(r, name, inner));
      return each.length > 0 && each.every((x) => x !== undefined) ? each.every(Boolean) : undefined;
    } finally {
      visiting.delete(e);
    }
  };

  const propertySafe = (e: ts.PropertyAccessExpression | ts.ElementAccessExpression, env: Env): boolean => {
    if (ts.isPropertyAccessExpression(e)) {
      if (SAFE_NAME.test(e.name.text)) return true;
      const member = memberSafe(e.expression, e.name.text, env);
      if (member !== undefined) return member;
      const decl = symbolOf(e)?.valueDeclaration;
      if (decl && (ts.isPropertyDeclaration(decl) || ts.isPropertyAssignment(decl)) && decl.initializer)
        return safe(decl.initializer, env);
      if (decl && ts.isParameter(decl) && ts.isConstructorDeclaration(decl.parent)) return parameterSafe(decl, env);
    }
    return e.expression.kind !== ts.SyntaxKind.ThisKeyword && safe(e.expression, env);
  };

  const callSafe = (e: ts.CallExpression, env: Env): boolean => {
    const callee = unwrap(e.expression);
    const args = () => e.arguments.map((a) => safe(a, env));
    if (ts.isIdentifier(callee) && callee.text === 'Number') return true;
    if (ts.isIdentifier(callee) && callee.text === 'String') return args().every(Boolean);
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      if (method === 'table') return true;
      const receiver = () => safe(callee.expression, env);
      if (method === 'map' && e.arguments[0]) {
        const fn = functionOf(e.arguments[0]);
        return fn !== undefined && returnsSafe(fn, [receiver(), false, false], env);
      }
      const fn = functionOf(callee);
      if (fn) return returnsSafe(fn, args(), env);
      if (PRESERVING.has(method)) return receiver() && e.arguments.every((a) => safe(a, env) || numeric(a));
      // A function held by a safe (code-chosen) value, such as a column's `select`, given safe arguments.
      return receiver() && args().every(Boolean);
    }
    const fn = functionOf(callee);
    if (fn) return returnsSafe(fn, args(), env);
    // A function-valued parameter: safe when every function passed for it is.
    const decl = ts.isIdentifier(callee) ? symbolOf(callee)?.valueDeclaration : undefined;
    if (decl && ts.isParameter(decl)) {
      const passed = env.has(decl) ? undefined : argumentsFor(decl);
      const given = args();
      return (
        passed !== undefined &&
        passed.every((p) => {
          const f = functionOf(p);
          return f !== undefined && returnsSafe(f, given, new Map());
        })
      );
    }
    return false;
  };

  function safe(expression: ts.Expression, env: Env): boolean {
    const e = unwrap(expression);
    return guarded(e, () => {
      if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isNumericLiteral(e)) return true;
      if (LITERAL_KEYWORDS.includes(e.kind)) return true;
      if (ts.isTemplateExpression(e)) return e.templateSpans.every((span, i) => spanSafe(e, i, env));
      if (ts.isConditionalExpression(e)) return safe(e.whenTrue, env) && safe(e.whenFalse, env);
      if (ts.isBinaryExpression(e)) return safe(e.left, env) && safe(e.right, env);
      if (ts.isArrayLiteralExpression(e))
        return e.elements.every((x) => safe(ts.isSpreadElement(x) ? x.expression : x, env));
      if (ts.isObjectLiteralExpression(e))
        return e.properties.every((p) => ts.isPropertyAssignment(p) && safe(p.initializer, env));
      if (ts.isIdentifier(e)) return identifierSafe(e, env) || allowed(e, e.text);
      if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e))
        return propertySafe(e, env) || allowed(e, e.getText());
      if (ts.isCallExpression(e)) {
        const callee = unwrap(e.expression);
        return callSafe(e, env) || (ts.isIdentifier(callee) && allowed(e, callee.text));
      }
      return allowed(e, e.getText());
    });
  }

  const spanSafe = (template: ts.TemplateExpression, i: number, env: Env): boolean => {
    const before = i === 0 ? template.head.text : template.templateSpans[i - 1].literal.text;
    const { expression } = template.templateSpans[i];
    return (before.endsWith('$') && numeric(expression)) || safe(expression, env);
  };

  /** The parts of a SQL argument that are not safe, to name them in the report. */
  const culprits = (expression: ts.Expression): ts.Node[] => {
    const e = unwrap(expression);
    if (ts.isTemplateExpression(e))
      return e.templateSpans.filter((_, i) => !spanSafe(e, i, new Map())).map((span) => span.expression);
    if (ts.isBinaryExpression(e)) return [...culprits(e.left), ...culprits(e.right)];
    return safe(e, new Map()) ? [] : [e];
  };

  const findings: Finding[] = [];
  let sinks = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.arguments.length > 0 && isSink(node) && !isForwarder(node)) {
      sinks++;
      for (const culprit of culprits(node.arguments[0])) {
        const { line } = culprit.getSourceFile().getLineAndCharacterOfPosition(culprit.getStart());
        findings.push({ file: rel(culprit), line: line + 1, expression: culprit.getText() });
      }
    }
    ts.forEachChild(node, visit);
  };
  program.sources.forEach(visit);
  return { findings, used, sinks };
}

const ARITHMETIC = [ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken];
const LITERAL_KEYWORDS = [ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword];

const unwrap = (e: ts.Expression): ts.Expression =>
  ts.isParenthesizedExpression(e) ||
  ts.isAsExpression(e) ||
  ts.isNonNullExpression(e) ||
  ts.isTypeAssertionExpression(e)
    ? unwrap(e.expression)
    : e;

const isConst = (decl: ts.VariableDeclaration): boolean =>
  ts.isVariableDeclarationList(decl.parent) && (decl.parent.flags & ts.NodeFlags.Const) !== 0;

const isMapCallback = (fn: ts.SignatureDeclaration): boolean =>
  ts.isCallExpression(fn.parent) &&
  ts.isPropertyAccessExpression(fn.parent.expression) &&
  fn.parent.expression.name.text === 'map';

/** What a function returns: its expression body, or the expression of every `return` in its own body. */
const returned = (fn: Fn): ts.Expression[] => {
  if (ts.isArrowFunction(fn) && !ts.isBlock(fn.body)) return [fn.body];
  const out: ts.Expression[] = [];
  const walk = (n: ts.Node): void => {
    if (ts.isReturnStatement(n) && n.expression) out.push(n.expression);
    if (!ts.isFunctionLike(n)) ts.forEachChild(n, walk);
  };
  if (fn.body) ts.forEachChild(fn.body, walk);
  return out;
};

const isSink = (call: ts.CallExpression): boolean =>
  (ts.isPropertyAccessExpression(call.expression) && call.expression.name.text === 'query') ||
  (ts.isIdentifier(call.expression) && SINK_FUNCTIONS.has(call.expression.text));

/** `(sql, params) => db.query(sql, params)`: passes its caller's SQL on; the caller's call is the sink checked. */
const isForwarder = (call: ts.CallExpression): boolean => {
  const fn = call.parent;
  const first = call.arguments[0];
  return (
    ts.isArrowFunction(fn) &&
    fn.body === call &&
    ts.isIdentifier(first) &&
    fn.parameters.some((p) => ts.isIdentifier(p.name) && p.name.text === first.text)
  );
};
