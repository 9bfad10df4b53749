// Blocks and statements: a block is a scope for its `let`s; each statement is a scope for its
// temporaries; a block's tail expression keeps its temporaries until the enclosing statement ends
// (edition 2021). `let` binds its pattern from the initialiser, and a `&temp` in an extending
// position of the initialiser (`let r = &make();`, `let s = S { r: &make() };`) lives as long as
// the block, as rustc's lifetime extension has it.
import type * as A from '../../syntax/ast';
import { place, type Place } from '../syntax';
import type { Builder } from './builder';
import { asTemp, into, isPlaceExpr, asPlace } from './expr';
import { bindPattern, declareBindings, simpleBinding, testPattern } from './pattern';

export function lowerBlockInto(b: Builder, dest: Place, block: A.Block, span: A.Span): void {
  const outerTemps = b.scopes.currentTempScope;
  b.scopes.push('block');
  const last = block.stmts[block.stmts.length - 1];
  const tail = last?.kind === 'ExprStmt' && !last.semi ? last : undefined;
  const stmts = block.stmts;
  for (let i = 0; i < stmts.length; i++) {
    const s = stmts[i]!;
    if (s === tail) break;
    lowerStmt(b, s);
  }
  if (tail) {
    const saved = b.scopes.setTempScope(outerTemps);
    into(b, dest, tail.expr);
    b.scopes.setTempScope(saved);
  }
  b.scopes.popEnd(span);
}

export function lowerStmt(b: Builder, s: A.Stmt): void {
  switch (s.kind) {
    case 'Let': return lowerLet(b, s);
    case 'ExprStmt':
      b.scopes.push('statement');
      stmtExpr(b, s.expr);
      b.scopes.popEnd(s.span);
      return;
    case 'ItemStmt': case 'Empty': return;
    case 'Unsupported':
      b.unsupportedAt(s.span, s.what);
      return;
  }
}

/** An expression statement: its value, if any, goes to a temporary dropped at the `;`. */
function stmtExpr(b: Builder, e: A.Expr): void {
  switch (e.kind) {
    case 'Assign': case 'AssignOp': case 'Break': case 'Continue': case 'Return':
      into(b, place(0), e);
      return;
    default:
      asTemp(b, e);
  }
}

function lowerLet(b: Builder, s: A.LetStmt): void {
  b.cx.lowered.lets.push(s);
  const blockDepth = b.scopes.innermostBlockScope();
  b.scopes.push('statement');
  const binding = simpleBinding(b, s.pat);
  if (binding && s.init && !s.else) {
    // The variable's drop is scheduled once it holds a value: a panic in its initialiser does not drop it.
    const local = declareBindings(b, s.pat, blockDepth, false)[0]!;
    // An array length the checker left open is the initialiser's, once evaluated.
    const decl = b.localDecls[local]!;
    const initTy = b.exprTy(s.init);
    if (decl.ty.k === 'array' && decl.ty.len === undefined && initTy.k === 'array' && initTy.len !== undefined) b.localDecls[local] = { ...decl, ty: initTy };
    extendingInto(b, place(local), s.init, blockDepth);
    // rustc reads a `let`-bound closure right after its initialiser: the borrow checker names a
    // borrow that is still captured there (a closure leaving a block as its value) by this read.
    if (b.localDecls[local]!.ty.k === 'closure') b.push({ kind: 'fakeRead', cause: 'forLet', place: place(local) }, s.pat.span);
    b.scopes.scheduleVar(local, s.pat.span, blockDepth);
    b.scopes.popEnd(s.span);
    return;
  }
  if (!s.init) {
    declareBindings(b, s.pat, blockDepth);
    b.scopes.popEnd(s.span);
    return;
  }
  const ty = b.exprTy(s.init);
  const scrutinee = isPlaceExpr(b, s.init) ? asPlace(b, s.init)
    : extendingPattern(s.pat) ? place(extendedTemp(b, s.init, blockDepth)) : place(asTemp(b, s.init));
  b.push({ kind: 'fakeRead', cause: 'forLet', place: scrutinee }, s.span);
  if (s.else) {
    const fail = b.newBlock();
    const ok = b.newBlock();
    testPattern(b, s.pat, scrutinee, ty, fail, new Map());
    b.goto(ok, s.span);
    b.current = fail;
    const unit = b.temp(b.tcx.unit, s.else.span);
    lowerBlockInto(b, place(unit), s.else, s.else.span);
    b.terminate(b.current, { kind: 'unreachable' }, s.else.span);
    b.current = ok;
  }
  const locals = declareBindings(b, s.pat, blockDepth, false);
  bindPattern(b, s.pat, scrutinee, ty, 'move');
  for (const l of locals) b.scopes.scheduleVar(l, b.localDecls[l]!.span, blockDepth);
  b.scopes.popEnd(s.span);
}

/** `dest = init` where a `&temp` in an extending position lives until the block at `depth` ends. */
function extendingInto(b: Builder, dest: Place, init: A.Expr, depth: number): void {
  const saved = b.extendTo;
  b.extendTo = depth;
  try {
    into(b, dest, init);
  } finally {
    b.extendTo = saved;
  }
}

/**
 * rustc's extending pattern: a `ref` binding, or a struct, tuple or slice pattern with one among
 * its direct parts (`let Node { ref name, .. } = make();`). The initialiser's temporary then
 * lives as long as the block, since the binding borrows it.
 */
function extendingPattern(p: A.Pat): boolean {
  switch (p.kind) {
    case 'IdentPat': return p.mode !== 'value' || (p.sub !== undefined && extendingPattern(p.sub));
    case 'StructPat': return p.fields.some((f) => extendingPattern(f.pat));
    case 'TupleStructPat': case 'TuplePat': case 'SlicePat': return p.elems.some(extendingPattern);
    default: return false;
  }
}

/** The initialiser in a temporary that lives until the block at `depth` ends. */
function extendedTemp(b: Builder, init: A.Expr, depth: number): number {
  const local = b.newLocal({ kind: 'temp', mutable: true, ty: b.exprTy(init), span: init.span, extended: true });
  b.storageLive(local, init.span);
  b.scopes.scheduleVar(local, init.span, depth, 'temporary');
  into(b, place(local), init);
  return local;
}
