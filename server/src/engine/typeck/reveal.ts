// A type as the running program has it: every opaque `impl Trait` replaced by the hidden type its
// function returns (rustc reveals them after type checking), with the call's generic arguments.
// This is the type `type_name_of_val` names, and what the trace shows for a binding.
import type { FnDef } from './defs';
import type { TypeckResults } from './results';
import type { Interner } from './interner';
import { HAS_OPAQUE, mapTy, substitute, type Ty } from './ty';

export function revealed(tcx: Interner, results: TypeckResults, ty: Ty, depth = 0): Ty {
  if (depth > 8 || (ty.flags & HAS_OPAQUE) === 0) return ty;
  return mapTy(tcx, ty, (t) => {
    if ((t.flags & HAS_OPAQUE) === 0) return t;
    if (t.k !== 'opaque') return undefined;
    const hidden = results.hiddenTypes.get((t.def as FnDef).node.id);
    // An opaque whose body was not checked stays opaque: unknown, never guessed.
    return hidden && revealed(tcx, results, substitute(tcx, hidden, t.args), depth + 1);
  });
}
