// Name resolution: `resolve(ast)` gives every item a DefId and every path the thing it names,
// with rustc's errors for names that name nothing.
import type { Ast } from '../syntax/ast';
import { Collector } from './collect';
import { Late } from './late';
import { Modules } from './modules';
import type { Resolution } from './res';
import { STD_MACROS } from './stdTable';

export type { Resolution, Res, PathRes, Def, DefId, DefKind, ResolveDiagnostic } from './res';

export function resolve(ast: Ast): Resolution {
  const c = new Collector(ast.root.id);
  c.collectItems(ast.root.items, c.root, c.root.def);
  const quiet = hasSyntaxError(ast) || usesUnexpandedMacro(ast);
  const modules = new Modules(c);
  modules.resolveImports(c.takeImports(), c.diagnostics, quiet);
  const late = new Late(c, modules, c.diagnostics, quiet);
  late.items(ast.root.items);
  const diagnostics = c.diagnostics;
  diagnostics.sort((a, b) => a.span.start - b.span.start);
  return { defs: c.defs, defOfNode: c.defOfNode, paths: late.paths, patterns: late.patterns, children: c.children, blockItems: c.blockItems, stdImports: c.stdImports, methodScopes: late.methodScopes, diagnostics };
}

function hasSyntaxError(ast: Ast): boolean {
  return ast.unsupported.some((u) => u.reason === 'syntax-error');
}

/**
 * A macro of the program's own (or an unknown one) may expand to items or bindings the front end
 * never sees, so in a program that invokes one, a name not found is not reported.
 */
function usesUnexpandedMacro(ast: Ast): boolean {
  return ast.macCalls.some((m) => !STD_MACROS.has(m.name));
}
