// Types and bounds.
import type { GenericBound, Ident, Type } from '../ast';
import { lowerExpr } from './exprs';
import { type Lowerer, tight } from './lowerer';
import { ident, isPathNode, lowerLifetime, lowerPath, lowerTraitRef } from './paths';
import { lowerMacCall } from './macros';

export function lowerType(L: Lowerer): Type {
  return L.nested(typeHere);
}

function typeHere(L: Lowerer): Type {
  const t = L.type;
  // The grammar reads `_` in generic arguments as a type name.
  if (t === 'type_identifier' && L.end - L.start === 1 && L.text === '_') return { kind: 'InferType', id: L.id(), span: L.span() };
  if (isPathNode(t) || t === 'bracketed_type') return { kind: 'PathType', id: L.id(), span: L.span(), path: lowerPath(L) };
  const id = L.id();
  const span = L.span();
  switch (t) {
    case 'reference_type': {
      let isMut = false;
      let lifetime: ReturnType<typeof lowerLifetime> | undefined;
      let ty: Type | undefined;
      L.each(() => {
        if (L.type === 'mutable_specifier') isMut = true;
        else if (L.type === 'lifetime') lifetime = lowerLifetime(L);
        else if (L.field === 'type') ty = lowerType(L);
      });
      return { kind: 'RefType', id, span, isMut, lifetime, ty: ty ?? L.unsupported('reference type') };
    }
    case 'pointer_type': {
      let isMut = false;
      let ty: Type | undefined;
      L.each(() => {
        if (L.type === 'mutable_specifier') isMut = true;
        else if (L.field === 'type') ty = lowerType(L);
      });
      return { kind: 'PtrType', id, span, isMut, ty: ty ?? L.unsupported('pointer type') };
    }
    case 'array_type': {
      let elem: Type | undefined;
      let len: ReturnType<typeof lowerExpr> | undefined;
      L.each(() => {
        if (L.field === 'element') elem = lowerType(L);
        else if (L.field === 'length') len = lowerExpr(L);
      });
      if (!elem) return L.unsupported('array type');
      return len ? { kind: 'ArrayType', id, span, elem, len } : { kind: 'SliceType', id, span, elem };
    }
    case 'tuple_type': {
      const elems: Type[] = [];
      L.each(() => { if (L.named) elems.push(lowerType(L)); });
      // `(T)` is a parenthesised type, `(T,)` a one-tuple.
      if (elems.length === 1 && !/,\s*\)$/.test(L.text)) return { kind: 'ParenType', id, span, ty: elems[0]! };
      return { kind: 'TupleType', id, span, elems: tight(elems) };
    }
    case 'unit_type':
      return { kind: 'TupleType', id, span, elems: [] };
    case 'never_type':
      return { kind: 'NeverType', id, span };
    case '_':
      return { kind: 'InferType', id, span };
    case 'function_type':
      return fnType(L, id, span);
    case 'abstract_type':
    case 'dynamic_type': {
      const bounds: GenericBound[] = [];
      L.each(() => {
        if (L.field === 'trait') {
          if (L.type === 'bounded_type') lowerBoundsInto(L, bounds);
          else bounds.push(lowerBound(L));
        } else if (L.type === 'type_parameters') bounds.push(L.unsupported('`for<…>` on impl Trait'));
      });
      return t === 'abstract_type' ? { kind: 'ImplTrait', id, span, bounds } : { kind: 'DynTrait', id, span, bounds };
    }
    case 'bounded_type': {
      // `dyn A + Send`, `impl A + 'a`: the first operand carries the keyword.
      let head: Type | undefined;
      const rest: GenericBound[] = [];
      L.each(() => {
        if (!L.named) return;
        if (!head) head = lowerType(L);
        else rest.push(lowerBound(L));
      });
      if (head && (head.kind === 'DynTrait' || head.kind === 'ImplTrait')) {
        head.bounds.push(...rest);
        head.span = span;
        return head;
      }
      return L.unsupported('trait object without `dyn`');
    }
    case 'macro_invocation':
      return { kind: 'MacCallType', id, span, mac: lowerMacCall(L) };
    case 'ERROR':
      return L.unsupported('type with a syntax error', 'syntax-error');
    default:
      return L.unsupported(`type \`${L.text}\``);
  }
}

function fnType(L: Lowerer, id: number, span: Type['span']): Type {
  let isTrait = false;
  L.each(() => { if (L.field === 'trait') isTrait = true; });
  if (isTrait) return { kind: 'PathType', id, span, path: lowerTraitRef(L) };
  const params: Type[] = [];
  let ret: Type | undefined;
  let isUnsafe = false;
  let abi: string | undefined;
  const forLifetimes: Ident[] = [];
  L.each(() => {
    const f = L.field;
    if (f === 'parameters') L.each(() => {
      if (L.type === 'parameter') L.each(() => { if (L.field === 'type') params.push(lowerType(L)); });
      else if (L.named && L.type !== 'attribute_item') params.push(lowerType(L));
    });
    else if (f === 'return_type') ret = lowerType(L);
    else if (L.type === 'function_modifiers') modifiers(L, (m) => { if (m === 'unsafe') isUnsafe = true; }, (a) => { abi = a; });
    else if (L.type === 'for_lifetimes') L.each(() => { if (L.type === 'lifetime') forLifetimes.push(lifetimeIdent(L)); });
  });
  return { kind: 'FnPtrType', id, span, forLifetimes, isUnsafe, abi, params, ret };
}

export function lifetimeIdent(L: Lowerer): Ident {
  const i = ident(L);
  return { name: i.name.replace(/^'/, ''), span: i.span };
}

/** `function_modifiers` under the cursor: keywords and `extern "abi"`. */
export function modifiers(L: Lowerer, keyword: (k: string) => void, abi: (a: string) => void): void {
  L.each(() => {
    if (L.type === 'extern_modifier') {
      let a = 'C';
      L.each(() => { if (L.type === 'string_literal') a = L.text.slice(1, -1); });
      abi(a);
    } else keyword(L.type);
  });
}

/** One bound under the cursor (a trait, `?Sized`, `for<'a> Fn(&'a T)`, a lifetime). */
export function lowerBound(L: Lowerer): GenericBound {
  const t = L.type;
  const span = L.span();
  if (t === 'lifetime') return { kind: 'LifetimeBound', id: L.id(), span, lifetime: lowerLifetime(L) };
  if (t === 'removed_trait_bound') {
    let b: GenericBound | undefined;
    L.firstNamed(() => { b = lowerBound(L); });
    if (b && b.kind === 'TraitBound') {
      b.maybe = true;
      b.span = span;
      return b;
    }
    return L.unsupported('`?` bound');
  }
  if (t === 'higher_ranked_trait_bound') {
    const forLifetimes: Ident[] = [];
    let b: GenericBound | undefined;
    L.each(() => {
      if (L.field === 'type_parameters') L.each(() => {
        if (L.type === 'lifetime_parameter') L.each(() => { if (L.field === 'name') forLifetimes.push(lifetimeIdent(L)); });
      });
      else if (L.field === 'type') b = lowerBound(L);
    });
    if (b && b.kind === 'TraitBound') {
      b.forLifetimes = forLifetimes;
      b.span = span;
      return b;
    }
    return b ?? L.unsupported('higher-ranked bound');
  }
  if (isPathNode(t) || t === 'function_type') return { kind: 'TraitBound', id: L.id(), span, path: lowerTraitRef(L), maybe: false, forLifetimes: [] };
  if (t === 'tuple_type') {
    // `(Trait)` in bound position
    let b: GenericBound | undefined;
    L.firstNamed(() => { b = lowerBound(L); });
    return b ?? L.unsupported('parenthesised bound');
  }
  return L.unsupported(t === 'use_bounds' ? '`use<…>` bound' : `bound \`${L.text}\``);
}

/** `trait_bounds` / `bounded_type` under the cursor → its bounds appended to `out`. */
export function lowerBoundsInto(L: Lowerer, out: GenericBound[]): void {
  L.each(() => {
    if (!L.named) return;
    if (L.type === 'bounded_type') lowerBoundsInto(L, out);
    else out.push(lowerBound(L));
  });
}
