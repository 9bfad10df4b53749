// What a path in value position is to the builder: a local's place (or, inside a closure, the
// captured variable reached through the closure's environment `_1`), a function item, a unit or
// tuple constructor, a const item. The resolver and the type checker decided; this only reads them.
import type * as A from '../../syntax/ast';
import type { AdtDef } from '../../typeck/defs';
import type { Def, Ty } from '../../typeck/ty';
import type { Place } from '../syntax';
import { DEREF, place } from '../syntax';
import { type Builder, upvarField } from './builder';
import { stdItem } from './stdItems';

export type ValuePath =
  | { readonly kind: 'local'; readonly place: Place }
  | { readonly kind: 'fn'; readonly def: Def; readonly args: readonly Ty[] }
  /** A struct or variant constructor; `fields` says whether it is called like a function. */
  | { readonly kind: 'ctor'; readonly def: AdtDef; readonly variant: number; readonly args: readonly Ty[]; readonly tuple: boolean }
  | { readonly kind: 'const'; readonly def: Def }
  | { readonly kind: 'unsupported'; readonly what: string };

export function resolveValuePath(b: Builder, e: A.PathExpr): ValuePath {
  const ty = b.exprTy(e);
  const r = b.cx.names.resolve(e.path);
  if (r.res.kind === 'Local' && r.unresolved === 0) return localPath(b, r.res.binding, e.span);
  if (r.unresolved === 0) {
    if (r.res.kind === 'Variant') {
      const v = r.res.adt.variants[r.res.index];
      return { kind: 'ctor', def: r.res.adt, variant: r.res.index, args: adtArgs(b, e), tuple: v?.shape === 'Tuple' };
    }
    if (r.res.kind === 'Def') {
      const def = r.res.def;
      if (def.kind === 'adt' && def.adt === 'struct') {
        return { kind: 'ctor', def, variant: 0, args: adtArgs(b, e), tuple: def.variants[0]?.shape === 'Tuple' };
      }
      if (def.kind === 'const') return { kind: 'const', def };
    }
  }
  if (ty.k === 'fnDef') return { kind: 'fn', def: ty.def, args: ty.args };
  // `i32::MAX`, `f64::NAN`: an associated constant of a primitive type.
  if (r.res.kind === 'Prim' && r.unresolved === 1 && ty.k !== 'error') {
    return { kind: 'const', def: stdItem(`core::${e.path.segments.map((s) => s.ident.name).join('::')}`) };
  }
  // `Self::Variant`, `Alias::Variant`: the checker typed the value; a unit variant's type is its enum.
  if (r.unresolved > 0 && ty.k === 'adt') {
    const def = ty.def as AdtDef;
    const name = e.path.segments.at(-1)?.ident.name;
    const variant = def.variants?.findIndex((v) => v.name === name) ?? -1;
    if (variant >= 0) return { kind: 'ctor', def, variant, args: ty.args, tuple: false };
  }
  return { kind: 'unsupported', what: `the path \`${b.cx.fe.ast.text.slice(e.span.start, e.span.end)}\`` };
}

/** A binding's place in this body: its own local, or its capture inside a closure. */
export function localPath(b: Builder, binding: A.NodeId, span: A.Span): ValuePath {
  const local = b.bindings.get(binding);
  if (local !== undefined) return b.localPath(local);
  const whole = b.upvars?.find((u) => u.place.binding === binding && u.place.projections.length === 0);
  if (whole) {
    const projection = upvarField(whole);
    if (whole.byRef) projection.push(DEREF);
    return { kind: 'local', place: { local: 1, projection } };
  }
  // A reference captured as its referent (`*r`): the upvar is a reborrow of it, which stands in
  // for the reference wherever the body dereferences it (every other use would capture `r`).
  const referent = b.upvars?.find((u) => u.place.binding === binding && u.place.projections.length === 1 && u.place.projections[0]!.kind === 'deref');
  if (referent) {
    return { kind: 'local', place: { local: 1, projection: upvarField(referent) } };
  }
  return { kind: 'unsupported', what: `a variable the builder did not see declared (at ${span.line + 1}:${span.character + 1})` };
}

/** The type arguments of the ADT a constructor path builds, from the checker's type of the value. */
function adtArgs(b: Builder, e: A.PathExpr): readonly Ty[] {
  const ty = b.exprTy(e);
  if (ty.k === 'adt') return ty.args;
  if (ty.k === 'fnDef') return ty.args;
  return [];
}
