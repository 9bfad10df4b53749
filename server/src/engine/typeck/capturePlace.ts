// The places a closure captures (RFC 2229): a variable of an enclosing body and a path of field
// projections and builtin dereferences from it (`p.x`, `(*r).y`), as rustc's `HirPlace` with an
// upvar base. Field access auto-dereferences references and boxes; a `Deref` impl (an `Rc`, a
// `String`) ends the place, since its result is a temporary the closure cannot capture.
import type * as A from '../syntax/ast';
import type { Names } from './names';
import type { TypeckResults } from './results';
import type { Ty } from './ty';

export type PlaceProj =
  | { readonly kind: 'deref'; /** The type after the projection. */ readonly ty: Ty }
  | { readonly kind: 'field'; readonly index: number; readonly name: string; readonly ty: Ty };

export interface CapturePlace {
  /** The binding (an `IdentPat` or `SelfParam` id) the place starts from. */
  readonly binding: A.NodeId;
  readonly name: string;
  readonly baseTy: Ty;
  readonly projections: readonly PlaceProj[];
}

export interface PlaceCx {
  readonly names: Names;
  readonly results: TypeckResults;
}

/** The type of the place before projection `i` (rustc's `ty_before_projection`). */
export function tyBefore(p: CapturePlace, i: number): Ty {
  return i === 0 ? p.baseTy : p.projections[i - 1]!.ty;
}

export function placeTy(p: CapturePlace): Ty {
  return p.projections.length ? p.projections[p.projections.length - 1]!.ty : p.baseTy;
}

/** A dereference the compiler does itself: of a reference, a raw pointer or a `Box`. */
export function builtinDeref(ty: Ty): Ty | undefined {
  if (ty.k === 'ref' || ty.k === 'ptr') return ty.inner;
  if (ty.k === 'adt' && ty.def.name === 'Box' && (ty.def as { std?: boolean }).std) return ty.args[0];
  return undefined;
}

export function fieldOf(ty: Ty, name: string): { index: number; ty?: Ty } | undefined {
  if (ty.k === 'tuple') {
    const i = Number(name);
    return Number.isInteger(i) && i < ty.elems.length ? { index: i, ty: ty.elems[i] } : undefined;
  }
  if (ty.k !== 'adt') return undefined;
  const def = ty.def as { adt?: string; variants?: readonly { fields: readonly { name: string }[] }[] };
  if (def.adt === 'enum') return undefined;
  const i = def.variants?.[0]?.fields.findIndex((f) => f.name === name) ?? -1;
  return i >= 0 ? { index: i } : undefined;
}

export function placeKey(p: CapturePlace, len = p.projections.length): string {
  let k = String(p.binding);
  for (let i = 0; i < len; i++) {
    const j = p.projections[i]!;
    k += j.kind === 'deref' ? ',*' : `,${j.index}`;
  }
  return k;
}

export function truncated(p: CapturePlace, len: number): CapturePlace {
  return len >= p.projections.length ? p : { ...p, projections: p.projections.slice(0, len) };
}

/** The place a local's path names, if it names a local. */
export function localPlace(cx: PlaceCx, e: A.PathExpr): CapturePlace | undefined {
  const r = cx.names.resolve(e.path);
  if (r.res.kind !== 'Local' || r.unresolved !== 0) return undefined;
  const ty = cx.results.typeOfExpr(e.id);
  if (!ty) return undefined;
  return { binding: r.res.binding, name: e.path.segments[0]?.ident.name ?? '_', baseTy: ty, projections: [] };
}

/**
 * The place a chain of paths, fields and builtin dereferences names (`p.x`, `*r`, `(*r).y`, with
 * field access's auto-deref), or undefined when `e` is not such a chain.
 */
export function exprPlace(cx: PlaceCx, e: A.Expr): CapturePlace | undefined {
  switch (e.kind) {
    case 'Paren': return exprPlace(cx, e.expr);
    case 'PathExpr': return localPlace(cx, e);
    case 'Unary': {
      if (e.op !== 'Deref') return undefined;
      const base = exprPlace(cx, e.expr);
      const inner = base && builtinDeref(placeTy(base));
      return base && inner ? { ...base, projections: [...base.projections, { kind: 'deref', ty: inner }] } : undefined;
    }
    case 'Field': {
      const base = exprPlace(cx, e.expr);
      return base && fieldPlace(cx, base, e);
    }
    default: return undefined;
  }
}

/** `base.name` with auto-deref through references and boxes; undefined past a `Deref` impl. */
export function fieldPlace(cx: PlaceCx, base: CapturePlace, e: A.FieldExpr): CapturePlace | undefined {
  const projections = [...base.projections];
  let ty = placeTy(base);
  for (let i = 0; i < 8 && !fieldOf(ty, e.field.name); i++) {
    const inner = builtinDeref(ty);
    if (!inner) return undefined;
    projections.push({ kind: 'deref', ty: inner });
    ty = inner;
  }
  const f = fieldOf(ty, e.field.name);
  const fty = cx.results.typeOfExpr(e.id);
  if (!f || !fty) return undefined;
  projections.push({ kind: 'field', index: f.index, name: e.field.name, ty: fty });
  return { ...base, projections };
}
