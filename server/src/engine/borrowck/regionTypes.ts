// Which types can carry a borrow: a loan flows into a local only if the local's type could hold
// a reference (`&T`, a struct with a lifetime parameter, a closure capturing by reference, a
// generic `T` that may be one). A loan flowing into a `usize` would make a false error.
import type { AdtDef } from '../typeck/defs';
import type { Ty } from '../typeck/ty';

export function mayCarryLoans(ty: Ty, depth = 0): boolean {
  if (depth > 20) return true;
  switch (ty.k) {
    case 'bool': case 'char': case 'str': case 'never': case 'int': case 'float': case 'fnDef':
      return false;
    case 'ptr': case 'fnPtr':
      return false;
    case 'ref': case 'dyn': case 'opaque': case 'param': case 'proj': case 'infer': case 'error':
      return true;
    case 'array': case 'slice': return mayCarryLoans(ty.elem, depth + 1);
    case 'tuple': return ty.elems.some((e) => mayCarryLoans(e, depth + 1));
    case 'closure': return ty.upvars.some((e) => mayCarryLoans(e, depth + 1));
    case 'adt': {
      if (ty.args.some((a) => mayCarryLoans(a, depth + 1))) return true;
      const def = ty.def as Partial<AdtDef>;
      if (!def.node) return !def.std;
      return (def.node.generics?.params ?? []).some((p) => p.kind === 'LifetimeParam');
    }
  }
}
