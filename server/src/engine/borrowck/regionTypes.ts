// Which types can carry a borrow: a loan flows into a local only if the local's type could hold
// a reference (`&T`, a struct with a lifetime parameter, a closure capturing by reference, a
// generic `T` that may be one). A loan flowing into a `usize` would make a false error.
import type { Body } from '../mir/syntax';
import type { AdtDef } from '../typeck/defs';
import type { Def, Ty } from '../typeck/ty';

/** `built`: the closures' types with their captures, for a closure type the type checker gave without them. */
export function mayCarryLoans(ty: Ty, depth = 0, built?: ReadonlyMap<Def, Ty>): boolean {
  if (depth > 20) return true;
  switch (ty.k) {
    case 'bool': case 'char': case 'str': case 'never': case 'int': case 'float': case 'fnDef': case 'const':
      return false;
    case 'ptr': case 'fnPtr':
      return false;
    case 'ref': case 'dyn': case 'opaque': case 'param': case 'proj': case 'infer': case 'error':
      return true;
    case 'array': case 'slice': return mayCarryLoans(ty.elem, depth + 1, built);
    case 'tuple': return ty.elems.some((e) => mayCarryLoans(e, depth + 1, built));
    case 'closure': {
      const full = built?.get(ty.def) ?? ty;
      return full.k === 'closure' && full.upvars.some((e) => mayCarryLoans(e, depth + 1, built));
    }
    case 'adt': {
      if (ty.args.some((a) => mayCarryLoans(a, depth + 1, built))) return true;
      const def = ty.def as Partial<AdtDef>;
      if (!def.node) return !def.std;
      return (def.node.generics?.params ?? []).some((p) => p.kind === 'LifetimeParam');
    }
  }
}

/**
 * Whether each local of the body can carry a borrow. A closure's type as the type checker gives
 * it lists no captures; the builder completes it where the closure is built, but a variable the
 * closure is moved into later (`let f; … f = || n + 1;`, a block's value) keeps the bare type:
 * such a local (or a `Vec` of them) carries what the same closure's completed type carries.
 */
export function localsCarryLoans(body: Body): boolean[] {
  const built = new Map<Def, Ty>();
  for (const d of body.localDecls) if (d.ty.k === 'closure' && d.ty.upvars.length > 0) built.set(d.ty.def, d.ty);
  // Without closures the answer is the type's alone, and types are interned: asked once per type.
  if (built.size === 0) return body.localDecls.map((d) => typeCarriesLoans(d.ty));
  return body.localDecls.map((d) => mayCarryLoans(d.ty, 0, built));
}

const carrying = new WeakMap<Ty, boolean>();

function typeCarriesLoans(ty: Ty): boolean {
  let carries = carrying.get(ty);
  if (carries === undefined) carrying.set(ty, (carries = mayCarryLoans(ty)));
  return carries;
}
