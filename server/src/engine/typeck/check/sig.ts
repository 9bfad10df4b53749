// Fn signatures and their instantiation per use: fresh variables for every generic parameter
// (the impl's or trait's first), turbofish arguments where written, and the parameters' bounds
// kept as obligations so closures and `collect()` can be typed from them.
import type * as A from '../../syntax/ast';
import type { FnDef, ImplDef, TraitDef } from '../defs';
import { boundsOf, lowerTy, type TyScope } from '../lower';
import { declaredOpaque, fnScope, returnsOpaque } from '../traits';
import { ERROR, HAS_PROJ, substitute, type FnSig, type Ty } from '../ty';
import type { FnCtxt } from './ctxt';

/** The declared signature, generic parameters as `param` types; the receiver is `params[0]`. */
export function declaredSig(cx: { p: FnCtxt['p'] }, def: FnDef): FnSig & { selfParam: boolean } {
  if (!def.sig) {
    const scope = fnScope(cx, def);
    const tcx = cx.p.tcx;
    const sig = def.node.sig;
    const params: Ty[] = [];
    const self = scope.selfTy ?? ERROR;
    if (sig.selfParam) {
      const sp = sig.selfParam;
      params.push(sp.ty ? lowerTy(cx.p, sp.ty, scope) : sp.mode === 'value' ? self : tcx.ref(self, sp.mode === 'refMut'));
    }
    for (const prm of sig.params) params.push(lowerTy(cx.p, prm.ty, scope));
    const ret = returnsOpaque(def) ? declaredOpaque(cx.p, def) : sig.ret ? lowerTy(cx.p, sig.ret, scope) : tcx.unit;
    def.sig = { params, ret, selfParam: !!sig.selfParam };
  }
  return def.sig;
}

/** Fresh variables for a fn's generic parameters, given the owner's arguments when known. */
export function instantiate(cx: FnCtxt, def: FnDef, ownerArgs: readonly Ty[] | undefined, turbofish?: A.AngleArgs): Ty[] {
  const parentCount = def.generics.parent?.count ?? 0;
  const count = def.generics.count;
  // At its final length: a list grown by `push` keeps room for 17.
  const args: Ty[] = count === 0 ? [] : new Array<Ty>(count);
  for (let i = 0; i < count; i++) args[i] = i < parentCount && ownerArgs?.[i] ? ownerArgs[i]! : cx.fresh();
  if (turbofish) {
    const written = turbofish.args.flatMap((a) => (a.kind === 'TypeArg' ? [cx.lowerTy(a.ty)] : []));
    written.forEach((t, i) => {
      const slot = args[parentCount + i];
      if (slot) cx.infer.unify(slot, t);
    });
  }
  addBounds(cx, fnScope(cx, def), args);
  return args;
}

/** Records the bounds of a scope's parameters, instantiated, as obligations. */
export function addBounds(cx: FnCtxt, scope: TyScope, args: readonly Ty[]): void {
  const tcx = cx.tcx;
  for (let i = 0; i < scope.generics.count; i++) {
    const name = scope.generics.names[i] ?? '';
    const param = tcx.param(i, name);
    for (const b of boundsOf(cx.p, param, scope)) {
      if (b.args.length === 0 && b.assoc.length === 0) {
        // `T: Clone`: nothing to instantiate, and kept only for a trait with associated types.
        const self = args[i];
        if (self && (b.def as TraitDef).assocTypes?.length) cx.obligations.push({ self, trait: { def: b.def, args: [], assoc: [] } });
        continue;
      }
      const trait = {
        def: b.def,
        args: b.args.map((a) => cx.normalizeDeep(substitute(tcx, a, args))),
        assoc: b.assoc.map((a) => ({ name: a.name, ty: cx.normalizeDeep(substitute(tcx, a.ty, args)) })),
      };
      const self = args[i];
      if (!self) continue;
      // Only a bound that can teach something is kept: one with type arguments (`FromIterator<A>`,
      // `Fn(A) -> B`) or associated types; `T: Clone` constrains no variable.
      const def = b.def as TraitDef;
      if (trait.args.length > 0 || def.assocTypes?.length) cx.obligations.push({ self, trait });
      // `I: Iterator<Item = X>`: the projection is X.
      for (const a of trait.assoc) {
        if ((b.def as TraitDef).assocTypes?.includes(a.name)) {
          const projected = cx.normalizeDeep(tcx.proj(self, { def: b.def, args: trait.args, assoc: [] }, a.name));
          if (projected.k !== 'proj') cx.infer.unify(projected, a.ty);
        }
      }
    }
  }
}

/** The signature of one use of `def` with all generic arguments `args`. */
export function instantiatedSig(cx: FnCtxt, def: FnDef, args: readonly Ty[]): FnSig {
  const sig = declaredSig(cx, def);
  // A fn with no generic arguments and no projection to normalise is called with its declared signature.
  if (args.length === 0 && !hasProj(sig.ret) && !sig.params.some(hasProj)) return sig;
  const tcx = cx.tcx;
  return { params: sig.params.map((t) => cx.normalizeDeep(substitute(tcx, t, args))), ret: cx.normalizeDeep(substitute(tcx, sig.ret, args)) };
}

function hasProj(t: Ty): boolean {
  return (t.flags & HAS_PROJ) !== 0;
}

export function ownerOf(def: FnDef): ImplDef | TraitDef | undefined {
  return def.owner;
}
