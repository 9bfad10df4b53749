// Patterns.
import type { FieldPat, IdentPat, Pat } from '../ast';
import { literal, LITERAL_TYPES } from './literal';
import { type Lowerer, tight } from './lowerer';
import { lowerMacCall } from './macros';
import { ident, isPathNode, lowerPath, lowerTypeArgs } from './paths';

export function lowerPat(L: Lowerer): Pat {
  return L.nested(patHere);
}

function patHere(L: Lowerer): Pat {
  const t = L.type;
  const span = L.span();
  switch (t) {
    case '_':
      return { kind: 'WildPat', id: L.id(), span };
    case 'identifier':
      return { kind: 'IdentPat', id: L.id(), span, mode: 'value', isMut: false, name: ident(L) };
    case 'mut_pattern': {
      let inner: Pat | undefined;
      L.each(() => { if (L.named && L.type !== 'mutable_specifier') inner = lowerPat(L); });
      if (inner?.kind === 'IdentPat') {
        inner.isMut = true;
        inner.span = span;
        return inner;
      }
      return L.unsupported('`mut` before a pattern that is not a name');
    }
    case 'ref_pattern': {
      let inner: Pat | undefined;
      L.each(() => { if (L.named) inner = lowerPat(L); });
      if (inner?.kind === 'IdentPat' && inner.mode === 'value') {
        inner.mode = inner.isMut ? 'refMut' : 'ref';
        inner.isMut = false;
        inner.span = span;
        return inner;
      }
      return L.unsupported('`ref` before a pattern that is not a name');
    }
    case 'captured_pattern': {
      let binding: Pat | undefined;
      let sub: Pat | undefined;
      L.each(() => {
        if (!L.named) return;
        if (!binding) binding = lowerPat(L);
        else sub = lowerPat(L);
      });
      if (binding?.kind === 'IdentPat' && sub) {
        binding.sub = sub;
        binding.span = span;
        return binding;
      }
      return L.unsupported('`@` pattern');
    }
    case 'scoped_identifier':
    case 'generic_pattern':
    case 'self':
    case 'crate':
    case 'super':
      return { kind: 'PathPat', id: L.id(), span, path: t === 'generic_pattern' ? genericPatPath(L) : lowerPath(L) };
    case 'tuple_struct_pattern': {
      const id = L.id();
      let path: ReturnType<typeof lowerPath> | undefined;
      const elems: Pat[] = [];
      L.each(() => {
        if (L.field === 'type') path = lowerPath(L);
        else if (L.named) elems.push(lowerPat(L));
      });
      return path ? { kind: 'TupleStructPat', id, span, path, elems: tight(elems) } : L.unsupported('tuple struct pattern');
    }
    case 'struct_pattern': {
      const id = L.id();
      let path: ReturnType<typeof lowerPath> | undefined;
      const fields: FieldPat[] = [];
      let rest = false;
      L.each(() => {
        if (L.field === 'type') path = lowerPath(L);
        else if (L.type === 'field_pattern') fields.push(fieldPat(L));
        else if (L.type === 'remaining_field_pattern') rest = true;
      });
      return path ? { kind: 'StructPat', id, span, path, fields: tight(fields), rest } : L.unsupported('struct pattern');
    }
    case 'tuple_pattern':
    case 'slice_pattern': {
      const id = L.id();
      const elems: Pat[] = [];
      let comma = false;
      L.each(() => {
        if (L.named) elems.push(lowerPat(L));
        else if (L.type === ',') comma = true;
      });
      // tree-sitter parses the parenthesised pattern `(p)` as a tuple pattern; only `(p,)` is a 1-tuple.
      const only = elems[0];
      if (t === 'tuple_pattern' && elems.length === 1 && !comma && only && only.kind !== 'RestPat') return only;
      return t === 'tuple_pattern' ? { kind: 'TuplePat', id, span, elems } : { kind: 'SlicePat', id, span, elems };
    }
    case 'remaining_field_pattern':
      return { kind: 'RestPat', id: L.id(), span };
    case 'reference_pattern': {
      const id = L.id();
      let isMut = false;
      let pat: Pat | undefined;
      L.each(() => {
        if (L.type === 'mutable_specifier') isMut = true;
        else if (L.named) pat = lowerPat(L);
      });
      return pat ? { kind: 'RefPat', id, span, isMut, pat } : L.unsupported('reference pattern');
    }
    case 'negative_literal': {
      const id = L.id();
      const lit = L.firstNamed(() => literal(L));
      return lit ? { kind: 'LitPat', id, span, lit, negated: true } : L.unsupported(`literal \`${L.text}\``);
    }
    case 'range_pattern':
      return rangePat(L, span);
    case 'or_pattern': {
      const id = L.id();
      const alts: Pat[] = [];
      L.each(() => {
        if (!L.named) return;
        const p = lowerPat(L);
        if (p.kind === 'OrPat') alts.push(...p.alts);
        else alts.push(p);
      });
      return { kind: 'OrPat', id, span, alts };
    }
    case 'macro_invocation':
      return { kind: 'MacCallPat', id: L.id(), span, mac: lowerMacCall(L) };
    case 'ERROR':
      return L.unsupported('pattern with a syntax error', 'syntax-error');
    default:
      if (LITERAL_TYPES.has(t)) {
        const id = L.id();
        const lit = literal(L);
        return lit ? { kind: 'LitPat', id, span, lit, negated: false } : L.unsupported(`literal \`${L.text}\``);
      }
      if (isPathNode(t)) return { kind: 'PathPat', id: L.id(), span, path: lowerPath(L) };
      return L.unsupported(`pattern \`${L.text}\``);
  }
}

/** `Foo::<T>` in a pattern: the path with its arguments. */
function genericPatPath(L: Lowerer) {
  const p = { kind: 'Path' as const, id: L.id(), span: L.span(), global: false, segments: [] as ReturnType<typeof lowerPath>['segments'] };
  L.each(() => {
    if (L.field === 'type_arguments') {
      const last = p.segments[p.segments.length - 1];
      if (last) last.args = lowerTypeArgs(L);
    } else if (L.named) {
      const inner = lowerPath(L);
      p.global = inner.global;
      p.segments.push(...inner.segments);
    }
  });
  return p;
}

function fieldPat(L: Lowerer): FieldPat {
  const id = L.id();
  const span = L.span();
  let name: ReturnType<typeof ident> | undefined;
  let pat: Pat | undefined;
  let isRef = false;
  let isMut = false;
  L.each(() => {
    const f = L.field;
    if (f === 'name') name = ident(L);
    else if (f === 'pattern') pat = lowerPat(L);
    else if (L.type === 'ref') isRef = true;
    else if (L.type === 'mutable_specifier') isMut = true;
  });
  const n = name ?? { name: '', span };
  if (pat) return { kind: 'FieldPat', id, span, name: n, pat, shorthand: false };
  const binding: IdentPat = {
    kind: 'IdentPat', id: L.id(), span, mode: isRef ? (isMut ? 'refMut' : 'ref') : 'value', isMut: !isRef && isMut, name: n,
  };
  return { kind: 'FieldPat', id, span, name: n, pat: binding, shorthand: true };
}

function rangePat(L: Lowerer, span: Pat['span']): Pat {
  const id = L.id();
  let start: Pat | undefined;
  let end: Pat | undefined;
  let inclusive = false;
  L.each(() => {
    const f = L.field;
    if (f === 'left') start = lowerPat(L);
    else if (f === 'right') end = lowerPat(L);
    else if (L.type === '..=' || L.type === '...') inclusive = true;
  });
  return { kind: 'RangePat', id, span, start, end, inclusive };
}
