// A closure's environment from the type checker's capture analysis (typeck/captures.ts): one entry
// per captured variable, in capture order. The simulator keeps a variable's slot (a `CapRef`) or
// takes its value; the per-place detail becomes whether any place of it is taken by value,
// borrowed mutably, and which fields the places start with (a variable used only through `Copy`
// fields stays where it is).
import type { FrontEnd } from '../../frontEnd';
import type * as A from '../../syntax/ast';
import type { Capture } from '../ir';

type Analysed = Extract<ReturnType<FrontEnd['types']['results']['closureCaptures']['get']>, { kind: 'captures' }>;

export function closureCaptures(fe: FrontEnd, closure: A.ClosureExpr): readonly Omit<Capture, 'from'>[] | { readonly unsupported: string } {
  const c = fe.types.results.closureCaptures.get(closure.id);
  if (!c) return { unsupported: 'a closure the type checker did not analyse' };
  return c.kind === 'unsupported' ? { unsupported: c.what } : variables(c.captures);
}

function variables(captures: Analysed['captures']): Omit<Capture, 'from'>[] {
  const byBinding = new Map<A.NodeId, Omit<Capture, 'from'>>();
  for (const c of captures) {
    let v = byBinding.get(c.place.binding);
    if (!v) byBinding.set(c.place.binding, (v = { name: c.place.name, byValue: false, mutated: false, fields: [] }));
    v.byValue ||= c.mode === 'ByValue';
    v.mutated ||= c.mode === 'ByMutRef' || c.mode === 'ByUniqueImmRef';
    const first = c.place.projections[0];
    if (first?.kind !== 'field') v.fields = null;
    else if (v.fields && !v.fields.includes(first.name)) v.fields.push(first.name);
  }
  return [...byBinding.values()];
}
