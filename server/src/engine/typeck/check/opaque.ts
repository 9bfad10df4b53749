// `impl Trait` in return position (rustc's opaque types): inside its own function the type is
// the one the body returns (the hidden type), a variable under the written bounds, so a returned
// closure takes its signature and kind from `impl Fn(i32) -> i32` as it would from a generic
// parameter's bound. Callers see no more of it than before: the signature still types it unknown.
import type { FnDef } from '../defs';
import { lowerTraitRef } from '../lower';
import type { Ty } from '../ty';
import type { FnCtxt } from './ctxt';
import { fnScope } from '../traits';

/** The hidden type's variable, with the bounds as pending obligations; undefined when the return type is not `impl Trait`. */
export function hiddenReturnType(cx: FnCtxt, def: FnDef): Ty | undefined {
  const ret = def.node.sig.ret;
  if (ret?.kind !== 'ImplTrait') return undefined;
  const scope = fnScope(cx, def);
  const hidden = cx.fresh();
  for (const b of ret.bounds) {
    if (b.kind !== 'TraitBound' || b.maybe) continue;
    const trait = lowerTraitRef(cx.p, b.path, scope, hidden);
    if (!trait) continue;
    cx.obligations.push({
      self: hidden,
      trait: { def: trait.def, args: trait.args.map((a) => cx.normalizeDeep(a)), assoc: trait.assoc.map((a) => ({ name: a.name, ty: cx.normalizeDeep(a.ty) })) },
    });
  }
  return hidden;
}
