// The borrow checker of a file: every MIR body the builder made of it, checked on its own, the
// errors as engine diagnostics with rustc's codes and wording (secondary labels as related
// information). Silent on a file the front end already rejects: rustc stops before borrow
// checking a program with a name or type error.
import type { EngineDiagnostic, Span } from '../diagnostic';
import type { FrontEnd } from '../frontEnd';
import { buildMir, type MirProgram } from '../mir/build';
import type * as A from '../syntax/ast';
import { typeDiagnostics } from '../typeck/diagnostics';
import { type BorrowckContext, borrowck } from './check';
import type { BorrowError } from './errors';
import { isMovedUseError, type MovedUseError } from './movedUse';
import { withClosureResults } from './closureResults';
import { DECLARED_SIGNATURES } from './signatures';
import { sourceFacts } from './sourceFacts';
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
  const mir = buildMir(fe);
  const cx = borrowckContext(fe, mir);
  return [...mir.bodies.flatMap((body) => borrowck(body, cx)), ...staticItemErrors(fe)];
}

/** What the checks of the program's bodies read beyond each body: the calls' signatures and the source. */
export function borrowckContext(fe: FrontEnd, mir: MirProgram): BorrowckContext {
  const source = sourceFacts(fe, mir.lowered);
  return {
    calls: withClosureResults(DECLARED_SIGNATURES, mir.bodies),
    hasDropImpl: mir.hasDropImpl,
    declaredWithoutValue: (s) => source.declaredWithoutValue(s),
    letClosure: (s) => source.letClosure(s),
    letAnnotation: (s) => source.letAnnotation(s),
    closures: source,
  };
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
