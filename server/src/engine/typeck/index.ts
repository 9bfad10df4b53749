// Type checking of one file: std's declarations and the user's items collected into a Program,
// then every fn body (and const initialiser) checked on its own inference table, as rustc's
// typeck does per body. Results are side tables keyed by node id.
import type * as A from '../syntax/ast';
import type { FnDef } from './defs';
import type { Names } from './names';
import { Program } from './program';
import { TypeckResults } from './results';
import { checkBlock } from './check/expr';
import { type BodyTables, FnCtxt } from './check/ctxt';
import { BodyScratch } from './bodyTables';
import { NodeTable } from '../syntax/nodeTable';
import { checkCoerce } from './check/expr';
import { checkPat } from './check/pat';
import { hiddenReturnType } from './check/opaque';
import { declaredSig } from './check/sig';
import { STD_MACROS } from '../resolve/stdTable';
import { stdDecls } from './std/prebuilt';
import { stdProgramOf } from './stdTable';
import { fnScope, ImplIndex } from './traits';
import { boundsSettled, lowerTy } from './lower';
import { itemErrors } from './items';
import { implErrors } from './implItems';
import { superTraitErrors } from './superTraitImpls';
import { analyzeClosures, captureCx, type CaptureCx } from './captures';
import { copyParams } from './tyProps';

export { TypeckResults } from './results';
export type { Names, PartialRes, Res } from './names';
export { typeName } from './print';

let std: Program | undefined;

/**
 * std's declarations as a program, made once per process: its items come from the bundle's
 * encoded declarations, or (from source) are parsed and lowered, which needs the parser
 * initialised. Each item is decoded and lowered on its first lookup (`StdItems`).
 */
function stdProgram(): Program {
  return (std ??= stdProgramOf(stdDecls()));
}

export interface Typeck {
  readonly program: Program;
  readonly results: TypeckResults;
}

/** `names` resolves the user's paths; it is given the program to map definitions to its `Def`s. */
export function typeck(ast: A.Ast, names: (program: Program) => Names): Typeck {
  const program = new Program(stdProgram());
  const userNames = names(program);
  program.setUserNames(userNames);
  program.collect(ast.root.items);
  program.collectBlockItems(userNames.blockItems?.() ?? []);
  program.closed = seesEveryItem(ast, userNames, program);
  boundsSettled(program);
  program.stdTraitImports = mayImportStdTraits(program, userNames);
  const index = new ImplIndex(program);
  const results = new TypeckResults();
  const tables: BodyTables = {
    exprTypes: new BodyScratch(results.exprTypes, ast.nodeCount),
    patTypes: new BodyScratch(results.patTypes, ast.nodeCount),
    locals: new BodyScratch(new NodeTable(), ast.nodeCount),
  };
  results.errors.push(...itemErrors(program), ...implErrors(program), ...superTraitErrors(program));
  let captures: CaptureCx | undefined;
  for (const def of program.byNode.values()) {
    if (def.kind === 'fn' && def.node.body) {
      checkFn(program, index, results, tables, def);
      // Capture analysis needs the body's final types, as rustc's runs after the body's inference.
      if (mayHaveClosure(ast.text, def.node.body.span) && hasClosure(def.node.body)) analyzeClosures((captures ??= captureCx(program, results)), def.node.body, copyParams(program, def));
    }
    else if (def.kind === 'const' && def.node.value) {
      const scope = { generics: def.generics, std: false };
      const ty = lowerTy(program, def.node.ty, scope);
      const cx = new FnCtxt(program, index, results, tables, scope, ty);
      checkCoerce(cx, def.node.value, ty);
      cx.finish();
    }
  }
  // Where tree-sitter could not parse, the syntax error is the diagnosis: no type error on top.
  if (ast.unsupported.some((u) => u.reason === 'syntax-error')) results.errors.length = 0;
  return { program, results };
}

/** A closure's text has a `|`: a body without one has none, and is not walked to look. */
function mayHaveClosure(text: string, span: A.Span): boolean {
  const bar = text.indexOf('|', span.start);
  return bar >= 0 && bar < span.end;
}

function hasClosure(n: unknown): boolean {
  if (!n || typeof n !== 'object') return false;
  if (Array.isArray(n)) return n.some(hasClosure);
  const node = n as { kind?: string };
  if (node.kind === 'Closure') return true;
  if (node.kind === 'ItemStmt') return false;
  // `for…in`, not `Object.entries`: no array per node on a walk over every body (the nodes are plain objects).
  for (const k in n) {
    const v = (n as Record<string, unknown>)[k];
    if (k !== 'span' && v && typeof v === 'object' && hasClosure(v)) return true;
  }
  return false;
}

/** See `Program.stdTraitImports`: a module, fn or macro (lower-case) or a std type brings no trait. */
function mayImportStdTraits(program: Program, names: Names): boolean {
  const imports = names.stdImports?.();
  if (!imports) return true;
  return imports.some(({ path, glob }) => {
    if (glob || path === undefined) return true;
    const last = path.slice(path.lastIndexOf(':') + 1);
    return !/^[a-z]/.test(last) && program.stdDef(last)?.kind !== 'adt';
  });
}

/** Whether every impl and trait of the file is in `program` (see `Program.closed`). */
function seesEveryItem(ast: A.Ast, names: Names, program: Program): boolean {
  if (ast.macCalls.some((m) => !STD_MACROS.has(m.name) || m.name === 'include')) return false;
  if (ast.unsupported.some((u) => u.reason !== 'unmodelled')) return false;
  return names.itemCount?.('Impl') === program.impls.length && names.itemCount('Trait') === program.traits.length;
}

function checkFn(p: Program, index: ImplIndex, results: TypeckResults, tables: BodyTables, def: FnDef): void {
  const body = def.node.body;
  if (!body) return;
  const scope = fnScope({ p }, def);
  const sig = declaredSig({ p }, def);
  const cx = new FnCtxt(p, index, results, tables, scope, sig.ret, def);
  const hidden = hiddenReturnType(cx, def);
  const ret = hidden ?? sig.ret;
  cx.retTy = ret;
  let i = 0;
  const selfParam = def.node.sig.selfParam;
  if (selfParam) {
    const t = sig.params[i++];
    if (t) {
      cx.locals.set(selfParam.id, t);
      cx.patTypes.set(selfParam.id, t);
    }
  }
  for (const param of def.node.sig.params) {
    const t = sig.params[i++];
    if (t) checkPat(cx, param.pat, t);
  }
  const ty = checkBlock(cx, body, ret);
  if (!cx.coerce(ty, ret) && cx.mismatchCertain(ty, ret)) {
    const last = body.stmts[body.stmts.length - 1];
    cx.error('E0308', 'mismatched types', last?.kind === 'ExprStmt' && !last.semi ? last.expr.span : body.span);
  }
  cx.finish();
  if (hidden) results.hiddenTypes.set(def.node.id, cx.normalizeDeep(cx.resolved(hidden)));
}
