import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/**
 * The project's own TypeScript files as one program, with an index of how each symbol is used:
 * its calls, its `new` expressions, its `.push(…)` arguments, and whether it is ever used any other
 * way (passed around, so its callers cannot all be seen). Used by sql-interpolation-check.ts.
 */
export interface IndexedProgram {
  sources: ts.SourceFile[];
  symbolOf(node: ts.Node): ts.Symbol | undefined;
  callsOf(symbol: ts.Symbol): ts.CallExpression[];
  newsOf(symbol: ts.Symbol): ts.NewExpression[];
  pushesOf(symbol: ts.Symbol): ts.Expression[];
  escapes(symbol: ts.Symbol): boolean;
}

export function indexedProgram(files: string[], root: string): IndexedProgram {
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
  const symbolOf = (node: ts.Node): ts.Symbol | undefined => {
    const target = ts.isPropertyAccessExpression(node) ? node.name : node;
    const s = checker.getSymbolAtLocation(target);
    return s && s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
  };

  const calls = new Map<ts.Symbol, ts.CallExpression[]>();
  const news = new Map<ts.Symbol, ts.NewExpression[]>();
  const pushes = new Map<ts.Symbol, ts.Expression[]>();
  const escaped = new Set<ts.Symbol>();
  const add = <T>(map: Map<ts.Symbol, T[]>, s: ts.Symbol | undefined, ...items: T[]) => {
    if (s) map.set(s, [...(map.get(s) ?? []), ...items]);
  };
  const visit = (node: ts.Node): void => {
    const parent = node.parent;
    if (ts.isIdentifier(node) && parent) {
      const s = symbolOf(node);
      const callee = (ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression === node;
      const declaration =
        ts.isVariableDeclaration(parent) ||
        ts.isFunctionDeclaration(parent) ||
        ts.isClassDeclaration(parent) ||
        ts.isMethodDeclaration(parent) ||
        ts.isPropertyDeclaration(parent) ||
        ts.isParameter(parent) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        ts.isTypeReferenceNode(parent) ||
        ts.isExpressionWithTypeArguments(parent);
      const named =
        ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent) || ts.isPropertyAccessExpression(parent);
      if (s && !callee && !declaration && !named) escaped.add(s);
    }
    if (ts.isCallExpression(node)) {
      add(calls, symbolOf(node.expression), node);
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee) && ['push', 'unshift'].includes(callee.name.text))
        add(pushes, symbolOf(callee.expression), ...node.arguments);
    }
    if (ts.isNewExpression(node)) add(news, symbolOf(node.expression), node);
    ts.forEachChild(node, visit);
  };
  sources.forEach(visit);

  return {
    sources,
    symbolOf,
    callsOf: (s) => calls.get(s) ?? [],
    newsOf: (s) => news.get(s) ?? [],
    pushesOf: (s) => pushes.get(s) ?? [],
    escapes: (s) => escaped.has(s),
  };
}
