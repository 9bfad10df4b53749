// Calls: a function item, a tuple constructor (an aggregate, not a call), a fn pointer in a
// variable, a closure, `dyn Fn…`, boxed or generic callable through its Fn trait (fnTraitCall.ts), and method calls with the receiver adjusted as method lookup decided it:
// autoderef through references, boxes and `Deref` impls, then by value or auto-ref (`&mut`
// auto-refs and reborrows are two-phase borrows, so `v.push(v.len())` is accepted). Every call
// unwinds to the cleanup of what is live at it.
import type * as A from '../../syntax/ast';
import type { FnDef } from '../../typeck/defs';
import { ERROR, STR, type Def, type Ty } from '../../typeck/ty';
import type { BorrowKind, Operand, Place } from '../syntax';
import { DEREF, place } from '../syntax';
import { derefTy, type Builder } from './builder';
import { asOperand, asPlace, asTemp, asTempNoDrop, isPlaceExpr, project, placeOrTemp } from './expr';
import { fnTraitCall } from './fnTraitCall';
import { resolveValuePath } from './paths';
import { STD, stdItem } from './stdItems';

const NO_ARGS: readonly Ty[] = [];

export function callFn(def: Def, span: A.Span, args: readonly Ty[] = NO_ARGS): Operand {
  return { kind: 'constant', constant: { value: { kind: 'fn', def, args }, ty: ERROR, span } };
}

/** A call into `dest`; a callee that returns `!` has no return edge and the code after it is unreachable. */
export function emitCall(b: Builder, dest: Place, func: Operand, args: Operand[], span: A.Span, fromMethodCall: boolean, diverges = false, argSpans?: readonly (A.Span | undefined)[]): void {
  const target = diverges ? undefined : b.newBlock();
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a.kind === 'move' && a.place.projection.length === 0) b.scopes.recordMoved(a.place.local);
  }
  // Always the same fields, `argSpans` undefined where the call has none: one shape for every call.
  b.terminate(b.current, { kind: 'call', func, args, destination: dest, target, unwind: b.scopes.unwind(), fromMethodCall, argSpans, span }, span);
  if (target === undefined) b.diverged();
  else b.current = target;
}

export function lowerCall(b: Builder, dest: Place, e: A.CallExpr): void {
  const diverges = b.exprTy(e).k === 'never';
  const callee = e.callee.kind === 'Paren' ? e.callee.expr : e.callee;
  if (callee.kind === 'PathExpr') {
    const r = resolveValuePath(b, callee);
    if (r.kind === 'ctor') {
      const ty = b.exprTy(e);
      const operands = e.args.map((a) => asOperand(b, a));
      b.assign(dest, { kind: 'aggregate', aggregate: { kind: 'adt', def: r.def, variant: r.variant, args: ty.k === 'adt' ? ty.args : r.args }, operands }, e.span);
      return;
    }
    if (r.kind === 'fn') {
      const func: Operand = { kind: 'constant', constant: { value: { kind: 'fn', def: r.def, args: r.args }, ty: b.exprTy(callee), span: callee.span } };
      const params = (r.def as Partial<FnDef>).sig?.params;
      // Made to length, as `map` makes them (a pushed array keeps spare room, and the MIR keeps these).
      const args = new Array<Operand>(e.args.length);
      const argSpans = new Array<A.Span>(e.args.length);
      for (let i = 0; i < e.args.length; i++) {
        const a = e.args[i]!;
        args[i] = asArgument(b, a, params?.[i]);
        argSpans[i] = a.span;
      }
      emitCall(b, dest, func, args, e.span, false, diverges, argSpans);
      return;
    }
    if (r.kind === 'unsupported') {
      b.unsupportedAt(callee.span, r.what);
      for (const a of e.args) asOperand(b, a);
      return;
    }
  }
  const calleeTy = b.exprTy(callee);
  if (calleeTy.k === 'fnPtr' || calleeTy.k === 'fnDef') {
    const func = asOperand(b, callee);
    emitCall(b, dest, func, e.args.map((a) => asOperand(b, a)), e.span, false, diverges, e.args.map((a) => a.span));
    return;
  }
  const how = fnTraitCall(b, calleeTy);
  if ('unsupported' in how) {
    b.unsupportedAt(callee.span, how.unsupported);
    for (const a of e.args) asOperand(b, a);
    return;
  }
  // `f(a, b)` is `Fn::call(&f, (a, b))`, `FnMut::call_mut(&mut f, …)` or `FnOnce::call_once(f, …)`.
  const { kind } = how;
  let fnPlace = placeOrTemp(b, callee, kind === 'FnMut');
  if (how.throughRef) fnPlace = project(fnPlace, DEREF);
  let self: Operand;
  if (kind === 'FnOnce') self = b.operandOf(fnPlace);
  else {
    const r = asTempNoDrop(b, b.tcx.ref(how.selfTy, kind === 'FnMut'), e.span);
    b.assign(place(r), { kind: 'ref', borrow: kind === 'FnMut' ? 'mut' : 'shared', place: fnPlace }, e.span);
    self = { kind: 'move', place: place(r) };
  }
  const argTys = e.args.map((a) => b.exprTy(a));
  const tuple = asTempNoDrop(b, b.tcx.tuple(argTys), e.span);
  b.assign(place(tuple), { kind: 'aggregate', aggregate: { kind: 'tuple' }, operands: e.args.map((a) => asOperand(b, a)) }, e.span);
  const method = kind === 'FnOnce' ? STD.callOnce : kind === 'FnMut' ? STD.callMut : STD.callFn;
  emitCall(b, dest, callFn(stdItem(method), e.span), [self, { kind: 'move', place: place(tuple) }], e.span, false, diverges);
}

export function lowerMethodCall(b: Builder, dest: Place, e: A.MethodCallExpr): void {
  const method = b.results.methods.get(e.id);
  if (!method?.sig) {
    b.unsupportedAt(e.method.span, `the method \`${e.method.name}\` (the type checker did not resolve it)`);
    // Still lowered, for the bodies of the closures among them.
    for (const a of [e.receiver, ...e.args]) asOperand(b, a);
    return;
  }
  const recv = adjustReceiver(b, e.receiver, method.sig.params[0]);
  if (!recv) {
    b.unsupportedAt(e.receiver.span, `the receiver adjustment of \`${e.method.name}\``);
    return;
  }
  const args = new Array<Operand>(e.args.length + 1);
  const argSpans = new Array<A.Span | undefined>(e.args.length + 1);
  args[0] = recv;
  argSpans[0] = undefined;
  const params = method.sig.params;
  for (let i = 0; i < e.args.length; i++) {
    const a = e.args[i]!;
    args[i + 1] = asArgument(b, a, params[i + 1]);
    argSpans[i + 1] = a.span;
  }
  emitCall(b, dest, callFn(method, e.method.span), args, e.span, true, b.exprTy(e).k === 'never', argSpans);
}

/**
 * An argument whose parameter is declared `&mut`: a `&mut` place given there is reborrowed
 * (`&mut *r`, two-phase as rustc's argument coercions are), not moved, so it can be used again.
 * A generic parameter takes it by value: that moves it.
 */
function asArgument(b: Builder, e: A.Expr, param: Ty | undefined): Operand {
  const ty = b.exprTy(e);
  if (param?.k !== 'ref' || !param.mut || ty.k !== 'ref' || !ty.mut || !isPlaceExpr(b, e)) return asOperand(b, e);
  return borrowInto(b, project(asPlace(b, e), DEREF), ty, 'twoPhase', e.span);
}

/** Whether a value of type `t` fits where the signature says `p` (a parameter fits anything). */
function fits(p: Ty, t: Ty): boolean {
  if (p.k === 'param' || p.k === 'error' || t.k === 'error') return true;
  if (p.k !== t.k) return false;
  switch (p.k) {
    case 'adt': return t.k === 'adt' && p.def === t.def;
    case 'ref': case 'ptr': return (t.k === 'ref' || t.k === 'ptr') && p.mut === t.mut && fits(p.inner, t.inner);
    case 'slice': case 'array': return (t.k === 'slice' || t.k === 'array') && fits(p.elem, t.elem);
    case 'int': case 'float': return t.k === p.k && t.name === p.name;
    default: return true;
  }
}

function adjustReceiver(b: Builder, recv: A.Expr, p0: Ty | undefined): Operand | undefined {
  let ty = b.exprTy(recv);
  if (!p0) return undefined;
  if (fits(p0, ty) && !(ty.k === 'ref' && ty.mut)) return asOperand(b, recv);
  let pl = placeOrTemp(b, recv, p0.k === 'ref' && p0.mut);
  for (let step = 0; step < 8; step++) {
    if (fits(p0, ty)) {
      if (ty.k === 'ref' && ty.mut) return borrowInto(b, project(pl, DEREF), ty, 'twoPhase', recv.span);
      if (pl.projection.length === 0) return b.operandOf(pl);
      const t = asTempNoDrop(b, ty, recv.span);
      b.assign(place(t), { kind: 'use', operand: b.operandOf(pl) }, recv.span);
      return b.operandOf(place(t));
    }
    if (p0.k === 'ref' && fits(p0.inner, ty)) return borrowInto(b, pl, b.tcx.ref(ty, p0.mut), p0.mut ? 'twoPhase' : 'shared', recv.span);
    if (p0.k === 'ref' && p0.inner.k === 'slice' && ty.k === 'array') {
      const r = borrowInto(b, pl, b.tcx.ref(ty, p0.mut), p0.mut ? 'twoPhase' : 'shared', recv.span);
      const sliceRef = b.tcx.ref(b.tcx.slice(ty.elem), p0.mut);
      const t = asTempNoDrop(b, sliceRef, recv.span);
      b.assign(place(t), { kind: 'cast', cast: 'unsize', operand: r, ty: sliceRef }, recv.span);
      return { kind: 'move', place: place(t) };
    }
    const inner = derefTy(ty);
    if (inner) {
      pl = project(pl, DEREF);
      ty = inner;
      continue;
    }
    const target = overloadedDeref(b, pl, ty, undefined, recv.span, p0.k === 'ref' && p0.mut);
    if (!target) return undefined;
    pl = target;
    ty = b.placeTy(pl);
  }
  return undefined;
}

function borrowInto(b: Builder, pl: Place, refTy: Ty, borrow: BorrowKind, span: A.Span): Operand {
  const t = asTempNoDrop(b, refTy, span);
  b.assign(place(t), { kind: 'ref', borrow, place: pl }, span);
  return { kind: 'move', place: place(t) };
}

/** std pointers that implement `Deref` but not `DerefMut`. */
const NO_DEREF_MUT = new Set(['Rc', 'Arc', 'Ref', 'RwLockReadGuard']);

/** What `Deref::deref` of a std smart pointer or string gives; undefined when not known. */
function derefTarget(b: Builder, ty: Ty): Ty | undefined {
  if (ty.k !== 'adt' || !ty.def.std) return undefined;
  switch (ty.def.name) {
    case 'String': return STR;
    case 'Vec': return ty.args[0] && b.tcx.slice(ty.args[0]);
    case 'Rc': case 'Arc': case 'Ref': case 'RefMut': case 'MutexGuard': case 'RwLockReadGuard': case 'RwLockWriteGuard': case 'ManuallyDrop':
      return ty.args[0];
    default: return undefined;
  }
}

/**
 * `*x` through `Deref`: `_r = &x; _t = Deref::deref(move _r)` (or `deref_mut`), and the place
 * `*_t`. `target` is the type it derefs to when the checker said so (a `*x` expression); the
 * borrow is at `refSpan` (rustc's: the operand `x` of a `*x`).
 */
export function overloadedDeref(b: Builder, pl: Place, ty: Ty, target: Ty | undefined, span: A.Span, mutably: boolean, refSpan: A.Span = span): Place | undefined {
  const to = target ?? derefTarget(b, ty);
  if (!to) return undefined;
  // A type without `DerefMut` (`Rc`, `Ref`) stays `Deref` in a mutable place, as in rustc:
  // writing through it is the borrow checker's error (E0594 "data in an `Rc`").
  if (mutably && ty.k === 'adt' && ty.def.std && NO_DEREF_MUT.has(ty.def.name)) mutably = false;
  const r = asTempNoDrop(b, b.tcx.ref(ty, mutably), span);
  b.assign(place(r), { kind: 'ref', borrow: mutably ? 'mut' : 'shared', place: pl }, refSpan);
  const t = asTempNoDrop(b, b.tcx.ref(to, mutably), span);
  emitCall(b, place(t), callFn(stdItem(mutably ? STD.derefMut : STD.deref), span), [{ kind: 'move', place: place(r) }], span, true);
  return project(place(t), DEREF);
}
