// Closures: the signature comes from annotations, else from the Fn bound the expected type
// carries (a generic parameter's `F: FnMut(Self::Item) -> B`, a `dyn Fn`, a fn pointer), else from
// use; the body is checked with the closure's return type as the fn's. That bound also fixes the
// closure's kind (`closureBoundKinds`), which capture analysis then takes over the body's.
import type * as A from '../../syntax/ast';
import type { ClosureKind } from '../captures';
import type { FnDef } from '../defs';
import { type Def, ERROR, type TraitRef, type Ty } from '../ty';
import type { FnCtxt } from './ctxt';
import { checkCoerce } from './expr';
import { checkPat } from './pat';
import { declaredSig } from './sig';

const FN_TRAITS = new Set(['Fn', 'FnMut', 'FnOnce']);

/** One `Def` per closure expression, so each closure has its own type. */
const closureDefs = new WeakMap<A.ClosureExpr, Def>();

function defOf(e: A.ClosureExpr, parent: Def | undefined): Def {
  let d = closureDefs.get(e);
  if (!d) closureDefs.set(e, (d = { name: '{{closure}}', ...(parent ? { parent } : {}) }));
  return d;
}

/**
 * The generic arguments a closure's type carries: its free fn's parameters (rustc's parent
 * arguments, which `type_name` prints as `compose<i32, u8>::{{closure}}`). A method's closure
 * carries none here: `type_name` would name it through its impl, which is not modelled.
 */
function parentArgs(cx: FnCtxt): Ty[] {
  const fn = cx.fn;
  if (!fn || fn.owner || fn.generics.count === 0) return [];
  return fn.generics.names.map((n, i) => cx.tcx.param(i, n));
}

/** The Fn-family bound the expected type brings: a pending obligation on it, `dyn Fn`, or a fn pointer. */
function expectedSig(cx: FnCtxt, expected: Ty | undefined): { params: readonly Ty[]; ret?: Ty } | undefined {
  if (!expected) return undefined;
  const e = cx.shallow(expected);
  if (e.k === 'fnPtr') return { params: e.params, ret: e.ret };
  let bound: TraitRef | undefined;
  if (e.k === 'infer') {
    for (const o of cx.obligations) {
      if (FN_TRAITS.has(o.trait.def.name) && o.trait.def.std && cx.shallow(o.self) === e) bound = o.trait;
    }
  } else if (e.k === 'dyn') bound = e.traits.find((t) => FN_TRAITS.has(t.def.name));
  else if (e.k === 'adt' && e.def.name === 'Box' && e.args[0]) return expectedSig(cx, e.args[0]);
  const inputs = bound?.args[0] && cx.shallow(bound.args[0]);
  if (!bound || inputs?.k !== 'tuple') return undefined;
  return { params: inputs.elems.map((t) => cx.normalizeDeep(t)), ret: bound.assoc.find((a) => a.name === 'Output')?.ty };
}

/**
 * The kind the expected type fixes, as rustc's `deduce_closure_signature` does: the most
 * restrictive of the Fn-family obligations pending on it, or a `dyn Fn`'s (through a `Box`).
 */
function expectedKind(cx: FnCtxt, expected: Ty | undefined): ClosureKind | undefined {
  if (!expected) return undefined;
  const e = cx.shallow(expected);
  if (e.k === 'adt' && e.def.name === 'Box' && e.args[0]) return expectedKind(cx, e.args[0]);
  const bounds = e.k === 'infer' ? cx.obligations.filter((o) => cx.shallow(o.self) === e).map((o) => o.trait) : e.k === 'dyn' ? e.traits : [];
  return strictestKind(bounds);
}

const KIND_RANK: readonly ClosureKind[] = ['Fn', 'FnMut', 'FnOnce'];

function strictestKind(bounds: readonly (TraitRef | undefined)[]): ClosureKind | undefined {
  let kind: ClosureKind | undefined;
  for (const t of bounds) {
    if (!t?.def.std || !FN_TRAITS.has(t.def.name)) continue;
    const k = t.def.name as ClosureKind;
    if (!kind || KIND_RANK.indexOf(k) < KIND_RANK.indexOf(kind)) kind = k;
  }
  return kind;
}

/**
 * rustc expects a call's arguments from the type expected of its result: `Box::new(|x| ..)` where a
 * `Box<dyn Fn(f64) -> f64>` is expected checks the closure against `dyn Fn(f64) -> f64`, so its
 * parameters are typed before its body is. The one shape handled is a parameter typed `P` whose
 * return type is a generic type holding `P` where a `dyn Fn` is expected: per argument, that `dyn`.
 */
export function expectedFnArgs(cx: FnCtxt, def: FnDef, args: readonly A.Expr[], expected: Ty | undefined): (Ty | undefined)[] {
  const sig = declaredSig(cx, def);
  const want = expected && cx.shallow(expected);
  if (sig.selfParam || sig.ret.k !== 'adt' || want?.k !== 'adt' || want.def !== sig.ret.def) return [];
  const ret = sig.ret;
  return sig.params.map((prm, i) => {
    let arg = args[i];
    while (arg?.kind === 'Paren') arg = arg.expr;
    if (arg?.kind !== 'Closure' || prm.k !== 'param') return undefined;
    const at = ret.args.findIndex((t) => t.k === 'param' && t.index === prm.index);
    const inner = at >= 0 ? cx.shallow(want.args[at] ?? ERROR) : undefined;
    return inner?.k === 'dyn' && strictestKind(inner.traits) ? inner : undefined;
  });
}

function note(cx: FnCtxt, closure: A.ClosureExpr, kind: ClosureKind): void {
  const before = cx.results.closureBoundKinds.get(closure.id);
  if (!before || KIND_RANK.indexOf(kind) < KIND_RANK.indexOf(before)) cx.results.closureBoundKinds.set(closure.id, kind);
}

export function checkClosure(cx: FnCtxt, e: A.ClosureExpr, expected: Ty | undefined): Ty {
  const deduced = expectedSig(cx, expected);
  const kind = expectedKind(cx, expected);
  if (kind) note(cx, e, kind);
  reportArity(cx, e, deduced?.params.length);
  const params = e.params.map((p, i) => {
    const t = p.ty ? cx.lowerTy(p.ty) : deduced?.params[i] ?? cx.fresh();
    if (p.ty && deduced?.params[i]) cx.infer.unify(t, deduced.params[i]!);
    checkPat(cx, p.pat, t);
    return t;
  });
  const ret = e.ret ? cx.lowerTy(e.ret) : deduced?.ret ?? cx.fresh();
  const outer = cx.retTy;
  const loops = cx.loops.splice(0);
  const def = defOf(e, cx.closures[cx.closures.length - 1] ?? cx.fn);
  cx.retTy = ret;
  cx.closures.push(def);
  checkCoerce(cx, e.body, ret);
  cx.closures.pop();
  const body = cx.exprTypes.get(e.body.id);
  if (body && cx.diverges(body)) cx.diverging.push(ret);
  cx.retTy = outer;
  cx.loops.push(...loops);
  const ty = cx.tcx.closure(def, { params, ret }, [], parentArgs(cx));
  if (expected && cx.shallow(expected).k === 'infer') cx.infer.unify(expected, ty);
  return ty;
}

/** E0593, on the call's line (rustc points at the call): only where the closure starts on that line too. */
function reportArity(cx: FnCtxt, e: A.ClosureExpr, expected: number | undefined): void {
  const n = e.params.length;
  if (expected === undefined || expected === n || cx.callLine !== e.span.line) return;
  const args = (k: number): string => `${k} argument${k === 1 ? '' : 's'}`;
  cx.error('E0593', `closure is expected to take ${args(expected)}, but it takes ${args(n)}`, e.span);
}
