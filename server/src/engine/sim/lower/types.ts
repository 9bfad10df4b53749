// Type syntax → `Ty`. Generic parameters of the enclosing items become `param` types and `Self`
// becomes the implementing type, so later stages never see those names. A written type keeps its
// spelling (what the trace shows) and carries the type checker's type of it (what sizes it).
import type * as A from '../../syntax/ast';
import type { Ty as Checked } from '../../typeck/ty';
import { Unsupported } from '../errors';
import type { Ty } from '../types';
import { writtenTypeKey } from './checkedTypes';
import { spanOf, type SourceText } from './span';

export interface TypeScope {
  generics: ReadonlySet<string>;
  selfTy: Ty | null;
}

/** A type's text as the trace shows it: whitespace collapsed, none inside angle brackets. */
function shown(src: SourceText, s: A.Span): string {
  return src.of(s).replace(/\s+/g, ' ').replace(/< /g, '<').replace(/ >/g, '>');
}

export function lowerType(t: A.Type, scope: TypeScope, src: SourceText): Ty {
  const ty = spelledType(t, scope, src);
  const checked = src.writtenTypes?.get(writtenTypeKey(t));
  return checked ? withChecked(ty, checked) : ty;
}

/**
 * `ty` with the checker's type `c` at every level where the two agree in shape (an alias's
 * arguments are not its expansion's: those get none). A part that leaves something to infer
 * (`_`, `impl Trait`) names no type of its own, and neither does what holds it.
 */
function withChecked(ty: Ty, c: Checked): Ty {
  if (!concrete(ty)) return ty;
  switch (ty.k) {
    case 'path': {
      const same = c.k === 'adt' && c.args.length === ty.args.length && ty.name.slice(ty.name.lastIndexOf(':') + 1) === c.def.name;
      return { ...ty, args: same ? ty.args.map((a, i) => withChecked(a, c.args[i]!)) : ty.args, checked: c };
    }
    case 'ref': case 'ptr':
      return { ...ty, inner: c.k === ty.k ? withChecked(ty.inner, c.inner) : ty.inner, checked: c };
    case 'tuple':
      return { ...ty, items: c.k === 'tuple' && c.elems.length === ty.items.length ? ty.items.map((x, i) => withChecked(x, c.elems[i]!)) : ty.items, checked: c };
    case 'array': case 'slice':
      return { ...ty, elem: c.k === ty.k ? withChecked(ty.elem, c.elem) : ty.elem, checked: c };
    default:
      return { ...ty, checked: c };
  }
}

/** Whether a written type names a type, all of it written (generic parameters included). */
function concrete(ty: Ty): boolean {
  switch (ty.k) {
    case 'infer': case 'impl': return false;
    case 'path': return ty.args.every(concrete);
    case 'ref': case 'ptr': return concrete(ty.inner);
    case 'tuple': return ty.items.every(concrete);
    case 'array': case 'slice': return concrete(ty.elem);
    default: return true;
  }
}

function spelledType(t: A.Type, scope: TypeScope, src: SourceText): Ty {
  switch (t.kind) {
    case 'PathType':
      return pathType(t, scope, src);
    case 'InferType':
      return { k: 'infer', text: '_' };
    case 'RefType': {
      const inner = lowerType(t.ty, scope, src);
      return { k: 'ref', mut: t.isMut, inner, text: `&${t.isMut ? 'mut ' : ''}${inner.text}` };
    }
    case 'PtrType':
      return { k: 'ptr', mut: t.isMut, inner: lowerType(t.ty, scope, src), text: shown(src, t.span) };
    case 'TupleType': {
      const items = t.elems.map((e) => lowerType(e, scope, src));
      return { k: 'tuple', items, text: `(${items.map((i) => i.text).join(', ')}${items.length === 1 ? ',' : ''})` };
    }
    case 'ParenType': {
      // The simulator has always read `(T)` as the one-tuple `(T,)`; its types only name values.
      const inner = lowerType(t.ty, scope, src);
      return { k: 'tuple', items: [inner], text: `(${inner.text},)` };
    }
    case 'SliceType': {
      const elem = lowerType(t.elem, scope, src);
      return { k: 'slice', elem, text: `[${elem.text}]` };
    }
    case 'ArrayType': {
      const elem = lowerType(t.elem, scope, src);
      const written = src.of(t.len.span);
      const len = written.replace(/_/g, '').replace(/usize$/, '');
      if (!/^\d+$/.test(len)) return { k: 'array', elem, len: -1, text: `[${elem.text}; ${written}]` };
      return { k: 'array', elem, len: Number(len), text: `[${elem.text}; ${len}]` };
    }
    case 'NeverType':
      return { k: 'never', text: '!' };
    case 'FnPtrType':
      return { k: 'fn', text: shown(src, t.span) };
    case 'DynTrait': {
      const trait = traitName(t.bounds[0]);
      return { k: 'dyn', trait, text: `dyn ${trait}` };
    }
    case 'ImplTrait': {
      // `impl A + B` shows as its first bound, `impl A`.
      const first = t.bounds[0];
      const text = first && t.bounds.length > 1 ? shown(src, { ...t.span, end: first.span.end }) : shown(src, t.span);
      return { k: 'impl', trait: traitName(first), text };
    }
    default:
      throw new Unsupported(`type syntax \`${shown(src, t.span)}\``, spanOf(t.span));
  }
}

function pathType(t: A.PathType, scope: TypeScope, src: SourceText): Ty {
  const p = t.path;
  const last = p.segments[p.segments.length - 1];
  const args = last?.args;
  if (args?.kind === 'ParenArgs') return { k: 'fn', text: shown(src, t.span) };
  if (!args) return plainPath(p, src.of(p.span), scope, src);
  const base = plainPath(p, src.text.slice(p.span.start, args.span.start), scope, src);
  const tys: Ty[] = [];
  for (const a of args.args) {
    if (a.kind === 'TypeArg') tys.push(lowerType(a.ty, scope, src));
    else if (a.kind === 'ConstArg') throw new Unsupported(`type syntax \`${shown(src, a.expr.span)}\``, spanOf(a.expr.span));
  }
  if (base.k !== 'path') throw new Unsupported(`generic type ${shown(src, t.span)}`, spanOf(t.span));
  return { k: 'path', name: base.name, segs: base.segs, args: tys, text: `${base.name}<${tys.map((a) => a.text).join(', ')}>` };
}

/** A path without generic arguments on its last segment, `text` as written. */
function plainPath(p: A.Path, text: string, scope: TypeScope, src: SourceText): Ty {
  const key = p.qself ? undefined : src.adtKeys?.segsOf(p);
  if (key?.length === 1) return { k: 'path', name: key[0]!, segs: key, args: [], text: key[0]! };
  if (p.segments.length === 1 && !p.qself && !p.global) {
    const name = p.segments[0]!.ident.name;
    if (name === '_') return { k: 'infer', text: '_' };
    if (name === 'Self' && scope.selfTy) return scope.selfTy;
    if (scope.generics.has(name)) return { k: 'param', name, text: name };
    return { k: 'path', name, segs: [name], args: [], text: name };
  }
  // Written with generic arguments inside (`Foo<T>::Bar`) or qualified (`<T as Tr>::X`), a segment is kept as written.
  const plain = !p.qself && p.segments.every((s, i) => i === p.segments.length - 1 || !s.args);
  const segs = plain ? [...(p.global ? [''] : []), ...p.segments.map((s) => s.ident.name)] : text.split('::').map((s) => s.trim());
  const name = segs[segs.length - 1]!;
  // Associated types (`Self::Item`, `T::Output`): values carry their own types at run time.
  if (segs[0] === 'Self' || scope.generics.has(segs[0]!)) return { k: 'infer', text: text.trim() };
  return { k: 'path', name, segs, args: [], text: name };
}

/** The trait a `dyn`/`impl` type names first, by its last path segment. */
function traitName(b: A.GenericBound | undefined): string {
  if (b?.kind !== 'TraitBound') return '?';
  return b.path.segments[b.path.segments.length - 1]?.ident.name ?? '?';
}
