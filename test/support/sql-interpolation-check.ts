import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/**
 * Finds SQL built from values that are not known constants. A "sink" is a call of `x.query(sql, …)`
 * or of a function value named `query` or `q` (the wrappers the code passes around). Its SQL may
 * interpolate or concatenate only what this checker can show to be code-chosen:
 *
 * - literals, and templates/concatenations/conditionals made only of allowed parts;
 * - names ending in table(s) or column(s), any case (table and column-list constants, `this.table`);
 * - calls of `.table(…)` (the projection context's table naming);
 * - `$${n + 1}`-style placeholders: after a `$`, numbers, `.length`, `.push(…)` and arithmetic of them;
 * - a `const` (in any file, through imports) whose initializer is allowed, including arrays whose
 *   every `.push(…)` is allowed, and `for … of` variables over an allowed iterable;
 * - a call of a function whose returned SQL is allowed given the arguments of that call, and a
 *   parameter of a `const` function when every call of it in the program passes an allowed value;
 * - `x.join(sep)` and `x.map(fn)` over allowed values;
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

export function findUnsafeSql(
  files: string[],
  root: string,
  allowlist: Allowed[] = [],
): { findings: Finding[]; used: Set<Allowed>; sinks: number } {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    experimentalDecorators: true,
    noLib: true,
    types: [],
  };
  // Only the project's own files: imports of packages stay unresolved (nothing here needs their
  // types), which keeps the program to a second or two instead of loading every .d.ts.
  const host = ts.createCompilerHost(options);
  host.resolveModuleNames = (names, containing) =>
    names.map((name) => {
      if (!name.startsWith('.')) return undefined;
      const resolvedFileName = join(dirname(containing), name.replace(/\.js$/, '.ts'));
      return existsSync(resolvedFileName) ? { resolvedFileName, extension: ts.Extension.Ts } : undefined;
    });
  const program = ts.createProgram(files, options, host);
  const checker = program.getTypeChecker();
  const sources = program.getSourceFiles().filter((f) => !f.isDeclarationFile && f.fileName.startsWith(root));
  const rel = (node: ts.Node) => node.getSourceFile().fileName.slice(root.length).replace(/^\//, '');
  const used = new Set<Allowed>();
  const allowed = (node: ts.Node, text: string) => {
    const entry = allowlist.find((a) => a.file === rel(node) && a.expression === text);
    if (entry) used.add(entry);
    return entry !== undefined;
  };

  // Every call and every other use of each symbol, so parameters can be judged by their callers.
  const calls = new Map<ts.Symbol, ts.CallExpression[]>();
  const escapes = new Set<ts.Symbol>();
  const pushes = new Map<ts.Symbol, ts.Expression[]>();
  const symbolOf = (node: ts.Node): ts.Symbol | undefined => {
    const s = checker.getSymbolAtLocation(node);
    return s && s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
  };
  const index = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const s = symbolOf(node);
      const parent = node.parent;
      if (s && ts.isCallExpression(parent) && parent.expression === node)
        calls.set(s, [...(calls.get(s) ?? []), parent]);
      else if (s && !ts.isVariableDeclaration(parent) && !ts.isImportSpecifier(parent) && !ts.isExportSpecifier(parent))
        escapes.add(s);
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const { name, expression } = node.expression;
      if (name.text === 'push' || name.text === 'unshift') {
        const s = symbolOf(expression);
        if (s) pushes.set(s, [...(pushes.get(s) ?? []), ...node.arguments]);
      }
    }
    ts.forEachChild(node, index);
  };
  sources.forEach(index);

  type Env = Map<ts.Node, boolean>;
  const visiting = new Set<ts.Node>();

  const numeric = (e: ts.Expression): boolean => {
    e = unwrap(e);
    if (ts.isNumericLiteral(e)) return true;
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'length') return true;
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === 'push')
      return true;
    if (
      ts.isBinaryExpression(e) &&
      [ts.SyntaxKind.PlusToken, ts.SyntaxKind.MinusToken, ts.SyntaxKind.AsteriskToken].includes(e.operatorToken.kind)
    )
      return numeric(e.left) && numeric(e.right);
    if (ts.isIdentifier(e)) {
      const decl = symbolOf(e)?.valueDeclaration;
      if (decl && ts.isVariableDeclaration(decl) && decl.initializer && isConst(decl)) return numeric(decl.initializer);
      // The index parameter of a `.map((_, i) => …)` callback.
      if (decl && ts.isParameter(decl) && decl.parent.parameters.indexOf(decl) === 1 && isMapCallback(decl.parent))
        return true;
    }
    return false;
  };

  const returned = (fn: ts.SignatureDeclaration): ts.Expression[] => {
    if (ts.isArrowFunction(fn) && !ts.isBlock(fn.body)) return [fn.body];
    const out: ts.Expression[] = [];
    const walk = (n: ts.Node): void => {
      if (ts.isReturnStatement(n) && n.expression) out.push(n.expression);
      if (!ts.isFunctionLike(n)) ts.forEachChild(n, walk);
    };
    if ('body' in fn && fn.body) ts.forEachChild(fn.body, walk);
    return out;
  };

  const functionOf = (e: ts.Expression): ts.SignatureDeclaration | undefined => {
    const decl = symbolOf(e)?.valueDeclaration;
    if (decl && ts.isFunctionDeclaration(decl)) return decl;
    if (decl && ts.isVariableDeclaration(decl) && decl.initializer && isConst(decl)) {
      const init = unwrap(decl.initializer);
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) return init;
    }
    return undefined;
  };

  const parameterSafe = (decl: ts.ParameterDeclaration, env: Env): boolean => {
    if (env.has(decl)) return env.get(decl)!;
    if (ts.isIdentifier(decl.name) && SAFE_NAME.test(decl.name.text)) return true;
    const fn = decl.parent;
    const position = fn.parameters.indexOf(decl);
    const owner =
      ts.isFunctionDeclaration(fn) && fn.name
        ? symbolOf(fn.name)
        : ts.isVariableDeclaration(fn.parent) && isConst(fn.parent)
          ? symbolOf(fn.parent.name)
          : undefined;
    if (!owner || escapes.has(owner) || !(calls.get(owner)?.length ?? 0)) return false;
    return calls
      .get(owner)!
      .every((call) => call.arguments[position] !== undefined && safe(call.arguments[position], new Map()));
  };

  const identifierSafe = (e: ts.Identifier, env: Env): boolean => {
    if (SAFE_NAME.test(e.text) || allowed(e, e.text)) return true;
    const s = symbolOf(e);
    const decl = s?.valueDeclaration;
    if (!s || !decl) return false;
    if (ts.isParameter(decl)) return parameterSafe(decl, env);
    if (ts.isVariableDeclaration(decl)) {
      const loop = decl.parent.parent;
      if (ts.isForOfStatement(loop)) return safe(loop.expression, env);
      if (!decl.initializer || !isConst(decl)) return false;
      return safe(decl.initializer, env) && (pushes.get(s) ?? []).every((p) => safe(p, env));
    }
    if (ts.isPropertyDeclaration(decl) && decl.initializer) return safe(decl.initializer, env);
    return false;
  };

  const callSafe = (e: ts.CallExpression, env: Env): boolean => {
    const callee = e.expression;
    if (ts.isIdentifier(callee) && allowed(e, callee.text)) return true;
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      if (method === 'table') return true;
      if (method === 'join') return safe(callee.expression, env) && e.arguments.every((a) => safe(a, env));
      if (
        method === 'map' &&
        e.arguments[0] &&
        (ts.isArrowFunction(e.arguments[0]) || ts.isFunctionExpression(e.arguments[0]))
      ) {
        const fn = e.arguments[0];
        const inner: Env = new Map(env);
        fn.parameters.forEach((p, i) => inner.set(p, i === 0 ? safe(callee.expression, env) : false));
        return returned(fn).every((r) => safe(r, inner));
      }
    }
    if (ts.isIdentifier(callee) && callee.text === 'String') return e.arguments.every((a) => safe(a, env));
    if (ts.isIdentifier(callee) && callee.text === 'Number') return true;
    const fn = functionOf(callee);
    if (!fn || visiting.has(fn)) return false;
    visiting.add(fn);
    try {
      const inner: Env = new Map(env);
      fn.parameters.forEach((p, i) => inner.set(p, e.arguments[i] !== undefined && safe(e.arguments[i], env)));
      const results = returned(fn);
      return results.length > 0 && results.every((r) => safe(r, inner));
    } finally {
      visiting.delete(fn);
    }
  };

  function safe(expression: ts.Expression, env: Env): boolean {
    const e = unwrap(expression);
    if (visiting.has(e)) return false;
    visiting.add(e);
    try {
      if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e) || ts.isNumericLiteral(e)) return true;
      if ([ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword].includes(e.kind))
        return true;
      if (ts.isTemplateExpression(e))
        return e.templateSpans.every((span, i) => {
          const before = i === 0 ? e.head.text : e.templateSpans[i - 1].literal.text;
          return (before.endsWith('$') && numeric(span.expression)) || safe(span.expression, env);
        });
      if (ts.isConditionalExpression(e)) return safe(e.whenTrue, env) && safe(e.whenFalse, env);
      if (ts.isBinaryExpression(e)) return safe(e.left, env) && safe(e.right, env);
      if (ts.isArrayLiteralExpression(e))
        return e.elements.every((x) => safe(ts.isSpreadElement(x) ? x.expression : x, env));
      if (ts.isObjectLiteralExpression(e))
        return e.properties.every((p) => ts.isPropertyAssignment(p) && safe(p.initializer, env));
      if (ts.isIdentifier(e)) return identifierSafe(e, env);
      if (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e)) {
        const name = ts.isPropertyAccessExpression(e) ? e.name.text : '';
        if (SAFE_NAME.test(name) || allowed(e, e.getText())) return true;
        if (ts.isPropertyAccessExpression(e)) {
          const decl = symbolOf(e.name)?.valueDeclaration;
          if (decl && ts.isPropertyDeclaration(decl) && decl.initializer) return safe(decl.initializer, env);
          if (decl && ts.isPropertyAssignment(decl)) return safe(decl.initializer, env);
        }
        return e.expression.kind !== ts.SyntaxKind.ThisKeyword && safe(e.expression, env);
      }
      if (ts.isCallExpression(e)) return callSafe(e, env);
      return allowed(e, e.getText());
    } finally {
      visiting.delete(e);
    }
  }

  /** The parts of a SQL argument that are not allowed, to name them in the report. */
  const culprits = (e: ts.Expression): ts.Node[] => {
    e = unwrap(e);
    if (ts.isTemplateExpression(e))
      return e.templateSpans
        .filter((span, i) => {
          const before = i === 0 ? e.head.text : e.templateSpans[i - 1].literal.text;
          return !((before.endsWith('$') && numeric(span.expression)) || safe(span.expression, new Map()));
        })
        .map((span) => span.expression);
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
  sources.forEach(visit);
  return { findings, used, sinks };
}

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
