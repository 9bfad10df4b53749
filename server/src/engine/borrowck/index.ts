// The borrow checker of a file: every MIR body the builder made of it, checked on its own, the
// errors as engine diagnostics with rustc's codes and wording (secondary labels as related
// information). Silent on a file the front end already rejects: rustc stops before borrow
// checking a program with a name or type error.
import type { EngineDiagnostic, Span } from '../diagnostic';
import type { FrontEnd } from '../frontEnd';
import { buildMir } from '../mir/build';
import type * as A from '../syntax/ast';
import { typeDiagnostics } from '../typeck/diagnostics';
import { type BorrowckContext, borrowck } from './check';
import type { BorrowError } from './errors';
import { isMovedUseError, type MovedUseError } from './movedUse';
import { DECLARED_SIGNATURES } from './signatures';
import { staticItemErrors } from './staticItems';

interface Checked {
  readonly diagnostics: EngineDiagnostic[];
  readonly movedUses: MovedUseError[];
}

const cache = new WeakMap<FrontEnd, Checked>();

function checked(fe: FrontEnd): Checked {
  let found = cache.get(fe);
  if (!found) {
    const errors = check(fe);
    found = {
      diagnostics: errors.filter((e) => !isMovedUseError(e)).map(toDiagnostic).sort(byPosition),
      movedUses: errors.filter(isMovedUseError),
    };
    cache.set(fe, found);
  }
  return found;
}

/** The file's borrow errors but use after move, which the `use-after-move` check reports with its quick fixes. */
export function borrowDiagnostics(fe: FrontEnd): EngineDiagnostic[] {
  return checked(fe).diagnostics;
}

/** The file's uses after move (E0382), from the same walk of the same bodies. */
export function movedUseErrors(fe: FrontEnd): readonly MovedUseError[] {
  return checked(fe).movedUses;
}

function byPosition(a: EngineDiagnostic, b: EngineDiagnostic): number {
  return a.span.start.line - b.span.start.line || a.span.start.character - b.span.start.character;
}

function check(fe: FrontEnd): BorrowError[] {
  if (fe.diagnostics.some((d) => d.severity === 'error')) return [];
  if (typeDiagnostics(fe.types.results).some((d) => d.severity === 'error')) return [];
  let all: A.LetStmt[] | undefined;
  let uninitLets: A.Span[] | undefined;
  let closures: Map<number, A.ClosureExpr> | undefined;
  const mir = buildMir(fe);
  const cx: BorrowckContext = {
    calls: DECLARED_SIGNATURES,
    hasDropImpl: mir.hasDropImpl,
    declaredWithoutValue(s) {
      uninitLets ??= (all ??= lets(fe.ast)).filter((l) => l.init === undefined).map((l) => l.pat.span);
      return uninitLets.some((l) => l.start <= s.start && s.end <= l.end);
    },
    letClosure(s) {
      closures ??= new Map((all ??= lets(fe.ast)).flatMap((l) => (l.ty === undefined && l.init?.kind === 'Closure' ? [[l.init.span.start, l.init] as const] : [])));
      const c = closures.get(s.start);
      return c && c.span.end === s.end ? c : undefined;
    },
  };
  return [...mir.bodies.flatMap((body) => borrowck(body, cx)), ...staticItemErrors(fe)];
}

/** The `let` statements anywhere in the file. */
function lets(root: unknown): A.LetStmt[] {
  const out: A.LetStmt[] = [];
  const stack: unknown[] = [root];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const n of node) if (n && typeof n === 'object') stack.push(n);
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const o = node as Record<string, unknown>;
    if (o.kind === 'Let') out.push(o as unknown as A.LetStmt);
    for (const k in o) {
      if (k === 'span') continue;
      const v = o[k];
      if (v && typeof v === 'object') stack.push(v);
    }
  }
  return out;
}

export function span(s: A.Span): Span {
  return { start: { line: s.line, character: s.character }, end: { line: s.endLine, character: s.endCharacter } };
}

function toDiagnostic(e: BorrowError): EngineDiagnostic {
  return {
    span: span(e.span),
    severity: 'error',
    code: e.code,
    message: e.message,
    related: [{ span: span(e.span), message: e.label }, ...e.related.map((r) => ({ span: span(r.span), message: r.message }))],
  };
}
