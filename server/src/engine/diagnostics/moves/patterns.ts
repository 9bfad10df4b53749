// Patterns bind names and, when they bind a part of a place by value, move that part out of it
// (`match opt { Some(s) => … }` moves `opt`'s payload). Binding modes follow Rust 2021: a
// structural pattern against a reference binds by reference and moves nothing.
import type { SyntaxNode } from '../syntax';
import type { MoveChecker, Place } from './checker';
import { fieldTy } from './items';
import { UNKNOWN, isNode, sameNode, type Ty } from './ty';

/** Where the matched value comes from. */
export interface Scrutinee {
  /** The place being matched, when it is one (then by-value bindings move parts of it). */
  place: Place | null;
  ty: Ty;
  /** Bindings borrow instead of moving (matching through a reference, or `ref`). */
  byRef: boolean;
}

function sub(s: Scrutinee, seg: string, ty: Ty): Scrutinee {
  const place = s.place && !s.place.behindRef ? { ...s.place, path: [...s.place.path, seg], ty, valueTy: ty, text: `${s.place.text}.${seg}` } : null;
  return { place, ty, byRef: s.byRef };
}

/** A structural pattern against a reference: default binding mode becomes `ref`. */
function deref(s: Scrutinee): Scrutinee {
  if (s.ty.k === 'ref') return { place: null, ty: s.ty.inner, byRef: true };
  return s;
}

/** A bare identifier in a pattern is a binding unless it names a constant or a unit variant. */
function isBindingName(name: string): boolean {
  return /^[a-z_]/.test(name) && name !== '_';
}

/** Binds the names of `pat` in the current scope and applies its moves. */
/** Patterns that compare with a constant (a literal, a range, a path): they bind nothing and may fail. */
const CONSTANT_PATTERNS = new Set([
  'scoped_identifier', 'integer_literal', 'string_literal', 'char_literal', 'boolean_literal',
  'float_literal', 'negative_literal', 'range_pattern',
]);

export function bindPattern(cx: MoveChecker, pat: SyntaxNode, s: Scrutinee): void {
  if (CONSTANT_PATTERNS.has(pat.type)) return;
  switch (pat.type) {
    case 'identifier': {
      if (!isBindingName(pat.text)) return;
      const ty = s.byRef ? ({ k: 'ref', mut: false, inner: s.ty } as Ty) : s.ty;
      if (s.place && !s.byRef) cx.moveOut(s.place, cx.span(pat), `binding \`${pat.text}\``);
      cx.declare(pat, ty);
      return;
    }
    case 'mut_pattern': {
      const inner = pat.namedChildren.find((c) => c?.type !== 'mutable_specifier');
      if (inner) bindPattern(cx, inner, s);
      return;
    }
    case 'ref_pattern': {
      const inner = pat.namedChildren.find(isNode);
      if (s.place && !s.byRef) cx.use(s.place, cx.span(pat), 'borrow');
      if (inner) bindPattern(cx, inner, { ...s, place: null, byRef: true });
      return;
    }
    case 'captured_pattern': {
      const [name, inner] = pat.namedChildren.filter(isNode);
      if (name) bindPattern(cx, name, s);
      if (inner) bindPattern(cx, inner, { ...s, place: null });
      return;
    }
    case 'reference_pattern': {
      // `&x` copies out of the reference; nothing of the place moves.
      const inner = pat.namedChildren.find((c) => c && c.type !== 'mutable_specifier');
      const ty = s.ty.k === 'ref' ? s.ty.inner : UNKNOWN;
      if (inner) bindPattern(cx, inner, { place: null, ty, byRef: false });
      return;
    }
    case 'tuple_pattern': {
      const d = deref(s);
      const elems = pat.namedChildren.filter(isNode);
      const rest = elems.findIndex((e) => e.type === 'remaining_field_pattern');
      const tys = d.ty.k === 'tuple' ? d.ty.elems : undefined;
      elems.forEach((e, i) => {
        if (e.type === 'remaining_field_pattern') return;
        let index = i;
        if (rest !== -1 && i > rest) index = tys ? tys.length - (elems.length - i) : -1;
        if (index < 0) return opaque(cx, e, d);
        bindPattern(cx, e, sub(d, String(index), tys?.[index] ?? UNKNOWN));
      });
      return;
    }
    case 'tuple_struct_pattern': {
      const d = deref(s);
      const path = pat.childForFieldName('type')?.text ?? '';
      const { variant } = variantOf(cx, d.ty, path);
      const elems = pat.namedChildren.filter(isNode).filter((e) => !sameNode(e, pat.childForFieldName('type')));
      if (elems.some((e) => e.type === 'remaining_field_pattern')) {
        for (const e of elems) if (e.type !== 'remaining_field_pattern') opaque(cx, e, d);
        return;
      }
      elems.forEach((e, i) => {
        const ty = fieldTy(cx.items, d.ty, String(i), variant);
        bindPattern(cx, e, sub(d, variant ? `${variant}#${i}` : String(i), ty));
      });
      return;
    }
    case 'struct_pattern': {
      const d = deref(s);
      const path = pat.childForFieldName('type')?.text ?? '';
      const { variant } = variantOf(cx, d.ty, path);
      for (const f of pat.namedChildren.filter(isNode)) {
        if (f.type !== 'field_pattern') continue;
        const nameNode = f.childForFieldName('name');
        const name = nameNode?.text ?? '';
        const ty = fieldTy(cx.items, d.ty, name, variant);
        const part = sub(d, variant ? `${variant}#${name}` : name, ty);
        const inner = f.childForFieldName('pattern');
        if (inner) bindPattern(cx, inner, part);
        else if (nameNode) {
          // `Point { x, .. }`, `Point { ref x, mut y }`
          const byRef = f.children.some((c) => c?.type === 'ref');
          if (part.place && !part.byRef && !byRef) cx.moveOut(part.place, cx.span(nameNode), `binding \`${name}\``);
          const bound: Ty = part.byRef || byRef ? { k: 'ref', mut: false, inner: ty } : ty;
          cx.declare(nameNode, bound);
        }
      }
      return;
    }
    case 'or_pattern': {
      // Every alternative binds the same names; which one moved is not known statically.
      const alts = pat.namedChildren.filter(isNode);
      if (alts.some((a) => bindsByValue(a)) && s.place && !s.byRef) cx.poison(s.place, cx.span(pat));
      const first = alts[0];
      if (first) bindPattern(cx, first, { ...s, place: null });
      return;
    }
    case '_':
    case 'remaining_field_pattern':
    case 'unit_expression':
      return;
    default:
      opaque(cx, pat, s);
  }
}

/** A pattern the check does not model: its names are bound with unknown types, the place poisoned. */
function opaque(cx: MoveChecker, pat: SyntaxNode, s: Scrutinee): void {
  if (s.place && !s.byRef && bindsByValue(pat)) cx.poison(s.place, cx.span(pat));
  for (const name of bindingNames(pat)) cx.declare(name, UNKNOWN);
}

function bindingNames(pat: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const walk = (n: SyntaxNode) => {
    if (n.type === 'identifier' && isBindingName(n.text) && n.parent?.type !== 'scoped_identifier') out.push(n);
    if (n.type === 'shorthand_field_identifier') out.push(n);
    for (const c of n.namedChildren) if (c && c.type !== 'scoped_identifier' && !sameNode(c, n.childForFieldName('type'))) walk(c);
  };
  walk(pat);
  return out;
}

function bindsByValue(pat: SyntaxNode): boolean {
  if (pat.type === 'ref_pattern' || pat.type === 'reference_pattern') return false;
  if (pat.type === 'identifier') return isBindingName(pat.text);
  if (pat.type === 'shorthand_field_identifier') return !(pat.parent?.children.some((c) => c?.type === 'ref') ?? false);
  return pat.namedChildren.some((c) => c !== null && !sameNode(c, pat.childForFieldName('type')) && bindsByValue(c));
}

/** The enum variant a pattern path names (`Some`, `Shape::Circle`), if the type is an enum. */
function variantOf(cx: MoveChecker, ty: Ty, path: string): { variant?: string } {
  const last = path.split('::').pop() ?? '';
  if (ty.k !== 'adt') return { variant: last };
  if (ty.name === 'Option' || ty.name === 'Result') return { variant: last };
  const item = cx.items.types.get(ty.name);
  if (item?.variants) return { variant: last };
  return {};
}

/**
 * Whether matching `pat` has to read the matched value (an enum variant, a literal, a range): a
 * match on a moved place is then a use of it, reported at the place.
 */
export function isRefutable(cx: MoveChecker, pat: SyntaxNode): boolean {
  if (CONSTANT_PATTERNS.has(pat.type)) return true;
  switch (pat.type) {
    case 'identifier':
      return pat.text === 'None' || isVariantName(cx, pat.text);
    case 'tuple_struct_pattern':
    case 'struct_pattern': {
      const type = pat.childForFieldName('type');
      const last = type?.text.split('::').pop() ?? '';
      if (type?.type === 'scoped_identifier' || type?.type === 'scoped_type_identifier' || ['Some', 'Ok', 'Err'].includes(last) || isVariantName(cx, last)) return true;
      return pat.namedChildren.some((c) => !sameNode(c, type) && isRefutable(cx, c));
    }
    case 'field_pattern': {
      const inner = pat.childForFieldName('pattern');
      return inner ? isRefutable(cx, inner) : false;
    }
    default:
      return pat.namedChildren.some((c) => isRefutable(cx, c));
  }
}

function isVariantName(cx: MoveChecker, name: string): boolean {
  for (const t of cx.items.types.values()) if (t.variants?.has(name)) return true;
  return false;
}
