// Calls: of fn items (generic ones instantiated per call), of tuple-struct and variant
// constructors, of fn pointers, closures and values bounded by an Fn trait; and method calls
// through the probe. Arguments are coercion sites, checked with their parameter's type expected.
import type * as A from '../../syntax/ast';
import type { FnDef } from '../defs';
import { boundsOf } from '../lower';
import { ERROR, type FnSig, type Ty } from '../ty';
import type { FnCtxt } from './ctxt';
import { checkCoerce, checkExpr } from './expr';
import { noMethodMessage } from './closedWorld';
import { probeMethod } from './method';
import { callError } from './builtinErrors';
import { ctorOf } from './path';
import { declaredSig, instantiate, instantiatedSig } from './sig';
import { boundSpan, requireBounds } from './bounds';

export function checkCall(cx: FnCtxt, e: A.CallExpr, expected: Ty | undefined): Ty {
  const ctor = e.callee.kind === 'PathExpr' ? ctorOf(cx, e.callee, expected) : undefined;
  if (ctor) {
    cx.record(e.callee, ERROR);
    checkArgs(cx, e, ctor.fields, e.span, false);
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
  const userFn = callee.k === 'fnDef' && !(callee.def as FnDef).std;
  checkArgs(cx, e, sig.params, e.callee.span, userFn && 'function');
  if (callee.k === 'fnDef') {
    const def = callee.def as FnDef;
    requireBounds(cx, def, callee.args, boundSpan(cx, declaredSig(cx, def).params, e.args, e.callee.span));
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
    case 'dyn': case 'param': {
      const bound = callee.k === 'dyn' ? callee.traits : fnBounds(cx, callee);
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

function checkArgs(cx: FnCtxt, e: { args: A.Expr[] }, params: readonly Ty[], span: A.Span, report: false | 'function' | 'method'): void {
  if (report && params.length !== e.args.length) {
    const n = params.length;
    const m = e.args.length;
    cx.error('E0061', `this ${report} takes ${n} argument${n === 1 ? '' : 's'} but ${m} argument${m === 1 ? ' was' : 's were'} supplied`, span);
  }
  e.args.forEach((a, i) => {
    const p = params[i];
    if (p) checkCoerce(cx, a, p);
    else checkExpr(cx, a);
  });
}

export function checkMethodCall(cx: FnCtxt, e: A.MethodCallExpr): Ty {
  const recv = checkExpr(cx, e.receiver);
  cx.progress();
  const pick = probeMethod(cx, recv, e.method.name);
  if (!pick) {
    const missing = noMethodMessage(cx, recv, e.method.name);
    if (missing) cx.error('E0599', missing, e.method.span);
    for (const a of e.args) checkExpr(cx, a);
    return ERROR;
  }
  cx.results.methods.set(e.id, pick.method);
  const args = instantiate(cx, pick.method, pick.ownerArgs, e.turbofish);
  const sig = instantiatedSig(cx, pick.method, args);
  const [self, ...params] = sig.params;
  if (self) cx.infer.unify(self, pick.adjusted);
  checkArgs(cx, e, params, e.method.span, !pick.method.std && 'method');
  requireBounds(cx, pick.method, args, boundSpan(cx, declaredSig(cx, pick.method).params, [e.receiver, ...e.args], e.method.span));
  return sig.ret;
}
