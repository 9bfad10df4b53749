// Pattern syntax → IR patterns. Binding names are declared in the current block scope as they are
// met; a bare identifier that names a constant, a unit struct or an imported unit variant is a path
// pattern, as in rustc.
import type { SyntaxNode } from '../../parse/parser';
import type { Pat } from '../ir';
import { Char, Float, Int, normInt, big, type Value } from '../values';
import { charLiteral, floatLiteral, intLiteral, stringLiteral } from './literals';
import { positionKey } from './checkedTypes';
import { named, pathSegs, type BodyLowerer } from './body';
import { spanOf } from './span';
import { stdConst } from '../std/registry';

export function lowerPattern(L: BodyLowerer, n: SyntaxNode): Pat {
  const sp = spanOf(n);
  switch (n.type) {
    case '_': return { k: 'wild', sp };
    case 'identifier': {
      if (isPathName(L, n.text)) return { k: 'path', sp, segs: [n.text] };
      return bind(L, n.text, sp, false, null, null);
    }
    case 'self': return bind(L, 'self', sp, false, null, null);
    case 'mut_pattern': {
      // In closure parameters the grammar keeps `mut` as a named child before the name.
      const inner = named(n).find((c) => c.type !== 'mutable_specifier')!;
      if (inner.type !== 'identifier' && inner.type !== 'self') return L.unsupported('`mut` before a non-binding pattern', n);
      return bind(L, inner.text, sp, true, null, null);
    }
    case 'ref_pattern': {
      // `ref x` or `ref mut x` (the grammar nests the latter as ref_pattern > mut_pattern).
      const inner = named(n).find((c) => c.type !== 'mutable_specifier')!;
      const mut = n.children.some((c) => c?.type === 'mutable_specifier') || inner.type === 'mut_pattern';
      const id = inner.type === 'mut_pattern' ? named(inner).find((c) => c.type !== 'mutable_specifier')! : inner;
      return bind(L, id.text, sp, false, mut ? 'mut' : 'ref', null);
    }
    case 'captured_pattern': {
      const [id, sub] = named(n);
      const subPat = lowerPattern(L, sub!);
      let name = id!.text;
      let byRef: 'ref' | 'mut' | null = null;
      if (id!.type === 'ref_pattern') {
        byRef = id!.children.some((c) => c?.type === 'mutable_specifier') ? 'mut' : 'ref';
        name = named(id!).filter((c) => c.type !== 'mutable_specifier').pop()!.text;
      }
      return bind(L, name, sp, false, byRef, subPat);
    }
    case 'reference_pattern': {
      const mut = n.children.some((c) => c?.type === 'mutable_specifier');
      return { k: 'ref', sp, mut, pat: lowerPattern(L, named(n).find((c) => c.type !== 'mutable_specifier')!) };
    }
    case 'tuple_pattern': {
      const kids = patKids(n);
      // tree-sitter parses the parenthesised pattern `(p)` as a tuple pattern; only `(p,)` is a 1-tuple.
      const parenthesised = kids.length === 1 && kids[0]!.type !== 'remaining_field_pattern' && !n.children.some((c) => c?.type === ',');
      if (parenthesised) return lowerPattern(L, kids[0]!);
      return { k: 'tuple', sp, items: kids.map((c) => lowerPattern(L, c)) };
    }
    case 'slice_pattern':
      return { k: 'slice', sp, items: patKids(n).map((c) => lowerPattern(L, c)) };
    case 'remaining_field_pattern': return { k: 'rest', sp, bind: null };
    case 'tuple_struct_pattern': {
      const typeNode = n.childForFieldName('type')!;
      const items = patKids(n).filter((c) => c.id !== typeNode.id).map((c) => lowerPattern(L, c));
      return { k: 'tstruct', sp, segs: selfPath(L, pathSegs(typeNode)), items };
    }
    case 'struct_pattern': {
      const typeNode = n.childForFieldName('type')!;
      const fields: { name: string; pat: Pat }[] = [];
      let rest = false;
      for (const f of named(n)) {
        if (f.id === typeNode.id) continue;
        if (f.type === 'remaining_field_pattern') {
          rest = true;
          continue;
        }
        if (f.type !== 'field_pattern') continue;
        const nameNode = f.childForFieldName('name')!;
        const patNode = f.childForFieldName('pattern');
        if (patNode) {
          fields.push({ name: nameNode.text, pat: lowerPattern(L, patNode) });
        } else {
          // Shorthand `x`, `ref x`, `mut x`.
          const isRef = f.children.some((c) => c?.type === 'ref');
          const isMut = f.children.some((c) => c?.type === 'mutable_specifier');
          fields.push({ name: nameNode.text, pat: bind(L, nameNode.text, spanOf(f), isMut && !isRef, isRef ? (isMut ? 'mut' : 'ref') : null, null) });
        }
      }
      return { k: 'struct', sp, segs: selfPath(L, pathSegs(typeNode)), fields, rest };
    }
    case 'or_pattern': {
      const alts = flattenOr(n);
      const first = lowerPattern(L, alts[0]!);
      const names = collectBindNames(first);
      const rest = alts.slice(1).map((a) => {
        // Later alternatives bind the same names to the same slots.
        for (const [name, slot] of names) L.fn.alias(name, slot);
        return lowerAlt(L, a, names);
      });
      return { k: 'or', sp, alts: [first, ...rest] };
    }
    case 'range_pattern': {
      const lo = n.childForFieldName('left');
      const hi = n.childForFieldName('right');
      const inclusive = n.children.some((c) => c?.type === '..=' || c?.type === '...');
      return { k: 'range', sp, lo: lo ? patLiteral(L, lo) : null, hi: hi ? patLiteral(L, hi) : null, inclusive };
    }
    case 'integer_literal': case 'float_literal': case 'char_literal': case 'string_literal': case 'raw_string_literal':
    case 'boolean_literal': case 'negative_literal':
      return { k: 'lit', sp, v: patLiteral(L, n) };
    case 'scoped_identifier': case 'scoped_type_identifier':
      return { k: 'path', sp, segs: selfPath(L, pathSegs(n)) };
    case 'generic_type':
      return { k: 'path', sp, segs: selfPath(L, pathSegs(n)) };
    case 'macro_invocation':
      return L.unsupported('macro in pattern position', n);
    default:
      return L.unsupported(`pattern \`${n.type.replace(/_/g, ' ')}\``, n);
  }
}

/** Sub-patterns, including `_` (an anonymous node in the grammar). */
function patKids(n: SyntaxNode): SyntaxNode[] {
  return n.children.filter((c): c is SyntaxNode => !!c && (c.type === '_' || (c.isNamed && c.type !== 'line_comment' && c.type !== 'block_comment')));
}

function bind(L: BodyLowerer, name: string, sp: Pat['sp'], mut: boolean, byRef: 'ref' | 'mut' | null, sub: Pat | null): Pat {
  const existing = L.fn.lookupLocalInCurrentAlias(name);
  const slot = existing ?? L.fn.declare(name);
  const key = positionKey(sp.l, sp.c, sp.el, sp.ec);
  const checked = L.prog.bindingTypes.get(key);
  if (checked && existing === undefined) L.fn.setSlotType(slot, checked);
  const generic = checked === undefined && existing === undefined ? L.prog.genericBindingTypes.get(key) : undefined;
  if (generic) L.fn.setGenericSlotType(slot, generic);
  return { k: 'bind', sp, name, slot, mut, byRef, sub };
}

function selfPath(L: BodyLowerer, segs: string[]): string[] {
  const self = L.tscope.selfTy;
  if (segs[0] === 'Self' && self?.k === 'path') return [self.name, ...segs.slice(1)];
  return segs;
}

function isPathName(L: BodyLowerer, name: string): boolean {
  if (name === 'None') return true;
  if (!/^[A-Z]/.test(name)) return false;
  if (L.prog.consts.has(name)) return true;
  const adt = L.prog.adts.get(name);
  if (adt && adt.kind === 'struct' && adt.shape === 'unit') return true;
  const use = L.prog.uses.get(name);
  if (use) return true;
  return false;
}

function patLiteral(L: BodyLowerer, n: SyntaxNode): Value {
  switch (n.type) {
    case 'integer_literal': return intLiteral(n, L.prog.literalTypes);
    case 'float_literal': return floatLiteral(n, L.prog.literalTypes);
    case 'char_literal': return charLiteral(n);
    case 'string_literal': case 'raw_string_literal': return stringLiteral(n);
    case 'boolean_literal': return n.text === 'true';
    case 'negative_literal': {
      const inner = named(n)[0]!;
      const v = patLiteral(L, inner);
      if (v instanceof Int) return normInt(v.ty, -big(v));
      if (v instanceof Float) return new Float(v.ty, -v.v, v.flex);
      return L.unsupported('negative pattern literal', n);
    }
    case 'identifier': case 'scoped_identifier': {
      // `i32::MIN..=-1`: std constants are known here; user constants are not evaluated while lowering.
      const segs = n.text.split('::').map((x) => x.trim()).filter((x) => !['std', 'core'].includes(x));
      const c = stdConst(segs.join('::'));
      if (c) return c({ sp: spanOf(n), generics: [], expect: null });
      return L.unsupported('user constant in a range pattern', n);
    }
    default:
      if (n.type === 'char_literal') return new Char(0);
      return L.unsupported(`pattern literal ${n.type}`, n);
  }
}

function flattenOr(n: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const c of named(n)) {
    if (c.type === 'or_pattern') out.push(...flattenOr(c));
    else out.push(c);
  }
  return out;
}

function collectBindNames(p: Pat, out = new Map<string, number>()): Map<string, number> {
  forEachBind(p, (b) => out.set(b.name, b.slot));
  return out;
}

function lowerAlt(L: BodyLowerer, n: SyntaxNode, names: Map<string, number>): Pat {
  L.fn.aliasing = names;
  try {
    return lowerPattern(L, n);
  } finally {
    L.fn.aliasing = null;
  }
}

export function forEachBind(p: Pat, f: (b: Extract<Pat, { k: 'bind' }>) => void): void {
  switch (p.k) {
    case 'bind': f(p); if (p.sub) forEachBind(p.sub, f); break;
    case 'tuple': case 'tstruct': case 'slice': p.items.forEach((i) => forEachBind(i, f)); break;
    case 'struct': p.fields.forEach((x) => forEachBind(x.pat, f)); break;
    case 'or': forEachBind(p.alts[0]!, f); break;
    case 'ref': forEachBind(p.pat, f); break;
    case 'rest': if (p.bind) forEachBind(p.bind, f); break;
    default: break;
  }
}

/** Slots a pattern binds, in order. */
export function patternBinds(p: Pat): number[] {
  const out: number[] = [];
  forEachBind(p, (b) => out.push(b.slot));
  return out;
}
