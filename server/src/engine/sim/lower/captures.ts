// The simulator's closure environments from the type checker's capture analysis
// (typeck/captures.ts), by the closure's position: one entry per captured variable, in capture
// order. The simulator keeps a variable's slot (a `CapRef`) or takes its value; the per-place
// detail becomes whether any place of it is taken by value, borrowed mutably, and which fields
// the places start with (a variable used only through `Copy` fields stays where it is).
import type { FrontEnd } from '../../frontEnd';
import type * as A from '../../syntax/ast';
import type { Capture } from '../ir';
import { positionKey } from './checkedTypes';

export type SimCaptures = ReadonlyMap<string, readonly Omit<Capture, 'from'>[] | { readonly unsupported: string }>;

function closureKey(s: A.Span): string {
  return positionKey(s.line, s.character, s.endLine, s.endCharacter);
}

export function simCaptures(fe: FrontEnd): SimCaptures {
  const out = new Map<string, readonly Omit<Capture, 'from'>[] | { readonly unsupported: string }>();
  const results = fe.types.results;
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object') return;
    if (Array.isArray(n)) {
      for (const x of n) walk(x);
      return;
    }
    const node = n as { kind?: string };
    if (node.kind === 'Closure') {
      const e = n as A.ClosureExpr;
      const c = results.closureCaptures.get(e.id);
      out.set(closureKey(e.span), !c ? { unsupported: 'a closure the type checker did not analyse' } : c.kind === 'unsupported' ? { unsupported: c.what } : variables(c.captures));
    }
    for (const [k, v] of Object.entries(n)) if (k !== 'span' && v && typeof v === 'object') walk(v);
  };
  walk(fe.ast.root);
  return out;
}

function variables(captures: Extract<ReturnType<FrontEnd['types']['results']['closureCaptures']['get']>, { kind: 'captures' }>['captures']): Omit<Capture, 'from'>[] {
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
