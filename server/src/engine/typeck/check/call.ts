// Calls: of fn items (generic ones instantiated per call), of tuple-struct and variant
// constructors, of fn pointers, closures and values bounded by an Fn trait; and method calls
// through the probe. Arguments are coercion sites, checked with their parameter's type expected.
import type * as A from '../../syntax/ast';
import type { AdtDef, FnDef } from '../defs';
import { boundsOf } from '../lower';
import { opaqueBounds } from '../traits';
import { ERROR, type FnSig, type Ty } from '../ty';
import type { FnCtxt } from './ctxt';
import { checkCoerce, checkExpr } from './expr';
import { noMethodMessage } from './closedWorld';
import { probeMethod } from './method';
import { callError } from './builtinErrors';
import { ctorOf } from './path';
import { declaredSig, instantiate, instantiatedSig } from './sig';
import { boundSpan, requireBounds, requireIntoTarget } from './bounds';
import { expectedFnArgs } from './closure';
import { requireUnsafe } from './unsafety';
import { reportParamMethod, reportStdMethod } from './stdMethods';
import { requireTraitInScope } from './traitScope';
import { requireSendClosures } from './sendCapture';

export function checkCall(cx: FnCtxt, e: A.CallExpr, expected: Ty | undefined): Ty {
  const ctor = e.callee.kind === 'PathExpr' ? ctorOf(cx, e.callee, expected) : undefined;
  if (ctor) {
    cx.record(e.callee, ERROR);
    const ctorTy = cx.shallow(ctor.ty);
    const isVariant = ctorTy.k === 'adt' && (ctorTy.def as AdtDef).adt === 'enum';
    checkArgs(cx, e, ctor.fields, e.callee.span, isVariant ? 'enum variant' : 'struct');
    return ctor.ty;
  }
  const callee = cx.shallow(checkExpr(cx, e.callee));
  const sig = callableSig(cx, callee);
  if (!sig) {
    const notFn = callError(cx, e.callee, callee);
    if (notFn) cx.error('E0618', notFn, e.callee.span);
    for (const a of e.args) checkExpr(cx, a);
    return ERROR;
  }
  // A closure or a value bounded by an Fn trait miscounted is E0057; a fn item, E0061.
  const hints = callee.k === 'fnDef' ? expectedFnArgs(cx, callee.def as FnDef, e.args, expected) : [];
  checkArgs(cx, e, sig.params, e.callee.span, callee.k === 'fnDef' ? 'function' : viaFnTrait(cx, callee) ? 'closure' : false, hints);
  if (callee.k === 'fnDef') {
    const def = callee.def as FnDef;
    requireBounds(cx, def, callee.args, boundSpan(cx, declaredSig(cx, def).params, e.args, e.callee.span));
    requireUnsafe(cx, def, e.span);
    requireSendClosures(cx, def, e.args);
    // `BTreeMap::from([(2u32, 1u32)])`: the impl selected for the call is what fixes `Self`'s
    // parameters, as for a method call.
    if (def.owner?.kind === 'trait') requireTraitArgs(cx, def, callee.args.slice(0, def.owner.generics.names.length));
  }
  return sig.ret;
}

/** The signature a callee's type offers, if it is callable in a way the checker models. */
function callableSig(cx: FnCtxt, callee: Ty): FnSig | undefined {
  switch (callee.k) {
    case 'fnDef': return instantiatedSig(cx, callee.def as FnDef, callee.args);
    case 'fnPtr': return { params: callee.params, ret: callee.ret };
    case 'closure': return callee.sig;
    case 'ref': return callableSig(cx, cx.shallow(callee.inner));
    case 'adt':
      if (callee.def.name === 'Box' && callee.args[0]) return callableSig(cx, cx.shallow(callee.args[0]));
      return undefined;
    case 'dyn': case 'param': case 'opaque': {
      const bound = callee.k === 'dyn' ? callee.traits : callee.k === 'opaque' ? opaqueBounds(cx.p, callee) : fnBounds(cx, callee);
      const fn = bound.find((t) => ['Fn', 'FnMut', 'FnOnce'].includes(t.def.name));
      const inputs = fn?.args[0];
      if (!fn || inputs?.k !== 'tuple') return undefined;
      return { params: inputs.elems, ret: fn.assoc.find((a) => a.name === 'Output')?.ty ?? cx.tcx.unit };
    }
    default: return undefined;
  }
}

/** A parameter's Fn bound: the body's own (`fn apply<F: Fn(i32) -> i32>(f: F)`). */
function fnBounds(cx: FnCtxt, param: Ty) {
  return boundsOf(cx.p, param, cx.scope);
}

/** Whether a callee is called through an Fn trait: a closure, a `dyn Fn`, a parameter bounded by one. */
function viaFnTrait(cx: FnCtxt, callee: Ty): boolean {
  const t = cx.shallow(callee);
  if (t.k === 'ref') return viaFnTrait(cx, t.inner);
  if (t.k === 'adt' && t.def.std && t.def.name === 'Box' && t.args[0]) return viaFnTrait(cx, t.args[0]);
  return t.k === 'closure' || t.k === 'dyn' || t.k === 'param' || t.k === 'opaque';
}

type Callee = false | 'function' | 'method' | 'struct' | 'enum variant' | 'closure';

/** `hints`: per argument, what rustc expects of it from the call's expected result (`expectedFnArgs`). */
function checkArgs(cx: FnCtxt, e: { args: A.Expr[] }, params: readonly Ty[], span: A.Span, report: Callee, hints: readonly (Ty | undefined)[] = []): void {
  if (report && params.length !== e.args.length) {
    const n = params.length;
    const m = e.args.length;
    const what = report === 'closure' ? 'function' : report;
    cx.error(report === 'closure' ? 'E0057' : 'E0061', `this ${what} takes ${n} argument${n === 1 ? '' : 's'} but ${m} argument${m === 1 ? ' was' : 's were'} supplied`, span);
  }
  const outer = cx.callLine;
  cx.callLine = span.line;
  for (let i = 0; i < e.args.length; i++) {
    const a = e.args[i]!;
    const p = params[i];
    if (p) checkCoerce(cx, a, p, hints[i]);
    else checkExpr(cx, a);
  }
  cx.callLine = outer;
}

/**
 * A trait method picked with the trait's own parameters open (`v.extend(…)` on a `Vec<_>`: its
 * `Extend<A>`) leaves `Self: Trait<A>` to select the impl, which is what ties `A` to the receiver's
 * parameters, as rustc's obligation for the call does.
 */
function requireTraitArgs(cx: FnCtxt, method: FnDef, ownerArgs: readonly Ty[]): void {
  const owner = method.owner;
  if (owner?.kind !== 'trait' || ownerArgs.length < 2) return;
  cx.obligations.push({ self: ownerArgs[0]!, trait: { def: owner, args: ownerArgs.slice(1), assoc: [] } });
}

export function checkMethodCall(cx: FnCtxt, e: A.MethodCallExpr): Ty {
  const recv = checkExpr(cx, e.receiver);
  cx.progress();
  const pick = probeMethod(cx, recv, e.method.name);
  if (!pick) {
    const missing = noMethodMessage(cx, recv, e.method.name);
    if (missing) cx.error('E0599', missing, e.method.span);
    else reportStdMethod(cx, recv, e.method.name, e.method.span);
    for (const a of e.args) checkExpr(cx, a);
    return ERROR;
  }
  cx.results.methods.set(e.id, pick.method);
  requireTraitInScope(cx, e, pick, recv);
  reportParamMethod(cx, recv, e.method.name, e.method.span);
  const args = instantiate(cx, pick.method, pick.ownerArgs, e.turbofish);
  cx.methodArgs.set(e.id, cx.tcx.tuple(args));
  requireTraitArgs(cx, pick.method, pick.ownerArgs);
  const sig = instantiatedSig(cx, pick.method, args);
  const [self, ...params] = sig.params;
  if (self) cx.infer.unify(self, pick.adjusted);
  checkArgs(cx, e, params, e.method.span, 'method');
  requireBounds(cx, pick.method, args, boundSpan(cx, declaredSig(cx, pick.method).params, [e.receiver, ...e.args], e.method.span));
  requireIntoTarget(cx, pick.method, pick.ownerArgs, e.method.span);
  requireUnsafe(cx, pick.method, e.span);
  return sig.ret;
}
