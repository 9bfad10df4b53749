// The front end: parse → lower → resolve → typeck. The single place every analysis gets the
// lowered program from; computed once per tree-sitter tree.
import type { EngineDiagnostic } from './diagnostic';
import type { Tree } from './parse/parser';
import { resolve, type Resolution } from './resolve';
import type { Ast, Span } from './syntax/ast';
import { lower } from './syntax/lower';
import { typeck, type Typeck } from './typeck';
import { userNames } from './typeck/userNames';
import { typeDiagnostics } from './typeck/diagnostics';
import { borrowDiagnostics } from './borrowck';

export interface FrontEnd {
  ast: Ast;
  resolution: Resolution;
  /** rustc's errors for what the front end checks (codes `E0425`, `E0433`, …), in source order. */
  diagnostics: EngineDiagnostic[];
  /** The type of every expression and binding, method resolutions, type errors: checked on first use. */
  readonly types: Typeck;
}

const cache = new WeakMap<Tree, FrontEnd>();

/** The lowered and resolved program of `tree` (parsed from `text`). */
export function frontEnd(tree: Tree, text: string): FrontEnd {
  let fe = cache.get(tree);
  if (!fe || fe.ast.text !== text) {
    const ast = lower(tree, text);
    const resolution = resolve(ast);
    // In code that does not parse, a name may be missing only because its declaration did not
    // parse: the syntax errors speak for the file until it parses again.
    const diagnostics = tree.rootNode.hasError ? [] : resolution.diagnostics.map((d): EngineDiagnostic => ({
      span: engineSpan(d.span), severity: 'error', code: d.code, message: d.message, related: [],
    }));
    let types: Typeck | undefined;
    fe = {
      ast,
      resolution,
      diagnostics,
      get types(): Typeck {
        types ??= typeck(ast, userNames(resolution));
        return types;
      },
    };
    cache.set(tree, fe);
  }
  return fe;
}

function engineSpan(s: Span): EngineDiagnostic['span'] {
  return { start: { line: s.line, character: s.character }, end: { line: s.endLine, character: s.endCharacter } };
}

/** The first error that makes rustc reject the program, if any: the simulation refuses to run it. */
export function rejection(tree: Tree, text: string): EngineDiagnostic | undefined {
  return rejectionOf(tree, text)?.error;
}

/**
 * The first error that makes rustc reject the program, and whether only the borrow checker
 * rejects it (the program is well typed, so a run "as if accepted" means something).
 */
export function rejectionOf(tree: Tree, text: string): { error: EngineDiagnostic; byBorrowck: boolean } | undefined {
  const fe = frontEnd(tree, text);
  const early = fe.diagnostics.find((d) => d.severity === 'error') ?? typeDiagnostics(fe.types.results).find((d) => d.severity === 'error');
  if (early) return { error: early, byBorrowck: false };
  const borrow = borrowDiagnostics(fe).find((d) => d.severity === 'error');
  return borrow ? { error: borrow, byBorrowck: true } : undefined;
}
