// Method lookup as rustc probes: for each autoderef step of the receiver (then the unsized
// array), try the receiver by value, then `&`, then `&mut`; at each, inherent methods before trait
// methods. A trait method needs the trait implemented for the receiver (or bounded, for a
// parameter, or named by a `dyn`).
//
// A literal whose type is not fixed yet (`{integer}`, `{float}`) has no inherent methods in rustc
// (`x.pow(2)` on one is E0689); a trait method is found when the trait may hold for it. The
// checker picks one only when the trait certainly holds for every type the literal could still
// become, so the pick cannot depend on what the variable is later fixed to.
import type { FnDef, TraitDef } from '../defs';
import { implHeader } from '../traits';
import { FLOATS, INTS, substitute, type Ty } from '../ty';
import { AUTODEREF_STEPS, type FnCtxt } from './ctxt';
import { declaredSig } from './sig';

export interface Pick {
  readonly method: FnDef;
  /** The owner's generic arguments: the impl's, or `[Self, …trait args]`. */
  readonly ownerArgs: Ty[];
  /** The receiver type the method takes, after autoderef and autoref. */
  readonly adjusted: Ty;
}

export function probeMethod(cx: FnCtxt, receiver: Ty, name: string): Pick | undefined {
  // The autoderef steps one at a time (most methods are found on the first), then an array's slice.
  let t: Ty | undefined = receiver;
  let prev: Ty | undefined;
  for (let i = 0; ; i++) {
    let step: Ty;
    if (t && i < AUTODEREF_STEPS) step = cx.shallow(t);
    else if (prev?.k === 'array' && i <= AUTODEREF_STEPS) step = cx.tcx.slice(prev.elem);
    else return undefined;
    prev = step;
    if (step.k === 'infer' && step.kind !== 'ty') return numericVarPick(cx, step, name);
    if (step.k === 'infer' || step.k === 'error') return undefined;
    for (const mode of ['value', 'ref', 'refMut'] as const) {
      const adjusted = mode === 'value' ? step : cx.tcx.ref(step, mode === 'refMut');
      const pick = inherent(cx, step, adjusted, name) ?? (mode === 'value' ? boxedSelf(cx, step, name) : undefined) ?? traitPick(cx, step, adjusted, name);
      if (pick) return pick;
    }
    t = i < AUTODEREF_STEPS ? cx.derefOnce(step) : undefined;
  }
}

function inherent(cx: FnCtxt, step: Ty, adjusted: Ty, name: string): Pick | undefined {
  for (const impl of cx.index.inherentWith(step, name)) {
    const method = impl.methods.get(name)!;
    const h = implHeader(cx.p, impl);
    const fresh = impl.generics.names.map(() => cx.fresh());
    if (!cx.infer.unifiable(substitute(cx.tcx, h.selfTy, fresh), step)) continue;
    const recv = substitute(cx.tcx, declaredSig(cx, method).params[0] ?? h.selfTy, fresh);
    if (!cx.infer.unifiable(recv, adjusted)) continue;
    cx.infer.unify(substitute(cx.tcx, h.selfTy, fresh), step);
    return { method, ownerArgs: fresh, adjusted };
  }
  return undefined;
}

/**
 * An inherent method of the type a smart pointer points to whose receiver is the pointer itself
 * (`self: Box<Self>`): rustc matches it at the pointer's own step, by value (`boxed.into_vec()` on a
 * `Box<[u32]>` is `<[u32]>::into_vec`).
 */
function boxedSelf(cx: FnCtxt, step: Ty, name: string): Pick | undefined {
  if (step.k !== 'adt') return undefined;
  const inner = cx.derefOnce(step);
  if (!inner) return undefined;
  const target = cx.shallow(inner);
  if (target.k === 'infer' || target.k === 'error') return undefined;
  for (const impl of cx.index.inherentWith(target, name)) {
    const method = impl.methods.get(name)!;
    if (!method.node.sig.selfParam?.ty) continue;
    const h = implHeader(cx.p, impl);
    const fresh = impl.generics.names.map(() => cx.fresh());
    if (!cx.infer.unifiable(substitute(cx.tcx, h.selfTy, fresh), target)) continue;
    const recv = substitute(cx.tcx, declaredSig(cx, method).params[0] ?? h.selfTy, fresh);
    if (!cx.infer.unifiable(recv, step)) continue;
    cx.infer.unify(substitute(cx.tcx, h.selfTy, fresh), target);
    return { method, ownerArgs: fresh, adjusted: step };
  }
  return undefined;
}

/** Each trait with a method `name` taking `self` that fits `adjusted`, with the trait's own parameters fresh. */
function* traitCandidates(cx: FnCtxt, adjusted: Ty, name: string) {
  for (const trait of cx.p.traitsWithFn(name)) {
    if (outOfScopeBlanket(cx, trait, adjusted)) continue;
    const method = trait.methods.get(name);
    if (!method?.node.sig.selfParam) continue;
    const self = selfFor(cx, method, adjusted);
    if (!self) continue;
    // The trait's own parameters stay open: the call's obligation fixes them later, as in rustc.
    yield { trait, method, self, ownerArgs: [self, ...trait.generics.names.slice(1).map(() => cx.fresh())] };
  }
}

/**
 * `Borrow` and `BorrowMut` are not in the prelude, and their blanket impls (`impl<T> Borrow<T> for
 * T`) fit every receiver: where no `use` can have brought a std trait into scope, their methods
 * cannot be called on a concrete type, so `rc.borrow()` reaches `RefCell::borrow` through the
 * `Rc` as in rustc. A parameter's, `dyn`'s or `impl`'s own bounds need no trait in scope.
 */
function outOfScopeBlanket(cx: FnCtxt, trait: TraitDef, adjusted: Ty): boolean {
  if (!trait.std || cx.p.stdTraitImports || (trait.name !== 'Borrow' && trait.name !== 'BorrowMut')) return false;
  let self = cx.shallow(adjusted);
  while (self.k === 'ref') self = cx.shallow(self.inner);
  return self.k !== 'param' && self.k !== 'dyn' && self.k !== 'opaque' && self.k !== 'infer';
}

function traitPick(cx: FnCtxt, step: Ty, adjusted: Ty, name: string): Pick | undefined {
  let maybe: Pick | undefined;
  for (const { trait, method, self, ownerArgs } of traitCandidates(cx, adjusted, name)) {
    const answer = implementsTrait(cx, self, trait, ownerArgs.slice(1));
    if (answer === 'yes') return { method, ownerArgs, adjusted };
    if (answer === 'maybe' && !maybe && cx.shallow(self).k === 'param') maybe = { method, ownerArgs, adjusted };
  }
  return maybe;
}

function numericVarPick(cx: FnCtxt, step: Ty & { k: 'infer' }, name: string): Pick | undefined {
  const candidates: readonly Ty[] = Object.values(step.kind === 'int' ? INTS : FLOATS);
  for (const mode of ['value', 'ref', 'refMut'] as const) {
    const adjusted = mode === 'value' ? step : cx.tcx.ref(step, mode === 'refMut');
    let found: Pick | undefined;
    for (const { trait, method, ownerArgs } of traitCandidates(cx, adjusted, name)) {
      if (!candidates.every((c) => implementsTrait(cx, c, trait, ownerArgs.slice(1)) === 'yes')) continue;
      // Two traits with the method is rustc's E0034, not a pick.
      if (found) return undefined;
      found = { method, ownerArgs, adjusted };
    }
    if (found) return found;
  }
  return undefined;
}

function implementsTrait(cx: FnCtxt, self: Ty, trait: TraitDef, args: Ty[]): 'yes' | 'no' | 'maybe' {
  return cx.solver.implements(self, trait, args);
}

/** The `Self` a trait method's receiver declaration (`self`, `&self`, `&mut self`) gives for `adjusted`. */
function selfFor(cx: FnCtxt, method: FnDef, adjusted: Ty): Ty | undefined {
  const sp = method.node.sig.selfParam;
  if (!sp) return undefined;
  if (sp.ty) return undefined;
  const a = cx.shallow(adjusted);
  if (sp.mode === 'value') return a;
  if (a.k !== 'ref' || (sp.mode === 'refMut' && !a.mut) || (sp.mode === 'ref' && a.mut)) return undefined;
  return a.inner;
}
