// Whether an impl's header can be the query's, its generic parameters taken together: in
// `impl<T> Borrow<T> for T`, the `T` that matches the self type `Vec<u32>` is the `T` of the
// trait argument, so the impl does not give `Vec<u32>: Borrow<[{integer}]>`. Each parameter is
// bound to the part of the query it meets first; a later occurrence must be unifiable with it.
// Nothing is bound in the inference table (there are no snapshots to undo a probe).
import type { InferTable } from './infer';
import type { Ty } from './ty';

/** Matches `pattern` (the impl's types, its parameters as `param`) against the query type `q`. */
export function matchImpl(infer: InferTable, pattern: Ty, q: Ty, binds: Map<number, Ty>): boolean {
  if (pattern.k === 'param') {
    const seen = binds.get(pattern.index);
    if (seen === undefined) {
      binds.set(pattern.index, q);
      return true;
    }
    return infer.unifiable(seen, q);
  }
  const s = infer.shallow(q);
  if (s.k === 'infer' || s.k === 'error' || s.k === 'proj' || s.k === 'opaque' || s.k === 'param') return infer.unifiable(pattern, s);
  switch (pattern.k) {
    case 'adt': case 'fnDef': return s.k === pattern.k && s.def === pattern.def && matchAll(infer, pattern.args, s.args, binds);
    case 'ref': case 'ptr': return s.k === pattern.k && s.mut === pattern.mut && matchImpl(infer, pattern.inner, s.inner, binds);
    case 'array': return s.k === 'array' && (pattern.len === undefined || s.len === undefined || pattern.len === s.len) && matchImpl(infer, pattern.elem, s.elem, binds);
    case 'slice': return s.k === 'slice' && matchImpl(infer, pattern.elem, s.elem, binds);
    case 'tuple': return s.k === 'tuple' && matchAll(infer, pattern.elems, s.elems, binds);
    case 'fnPtr': return s.k === 'fnPtr' && matchAll(infer, pattern.params, s.params, binds) && matchImpl(infer, pattern.ret, s.ret, binds);
    default: return infer.unifiable(pattern, s);
  }
}

function matchAll(infer: InferTable, ps: readonly Ty[], qs: readonly Ty[], binds: Map<number, Ty>): boolean {
  if (ps.length !== qs.length) return false;
  for (let i = 0; i < ps.length; i++) if (!matchImpl(infer, ps[i]!, qs[i]!, binds)) return false;
  return true;
}
