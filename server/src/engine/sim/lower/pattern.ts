// Ast patterns → IR patterns. Binding names are declared in the current block scope as they are
// met; a bare identifier that names a constant, a unit struct or an imported unit variant is a path
// pattern, as in rustc.
import type * as A from '../../syntax/ast';
import type { Pat } from '../ir';
import { Float, Int, normInt, big, type Value } from '../values';
import { literalValue } from './literals';
import { positionKey } from './checkedTypes';
import type { BodyLowerer } from './body';
import { spanOf } from './span';
import { stdConst } from '../std/registry';

/**
 * Lowers a pattern. `outerMut`: the pattern is a `let`'s or a parameter's, whose `mut` the grammar
 * writes beside the pattern (`let mut x`): the binding's span is then the name's, and the IR keeps
 * that `mut` off the binding (the slot is mutable either way).
 */
export function lowerPattern(L: BodyLowerer, p: A.Pat, outerMut = false): Pat {
  const sp = spanOf(p.span);
  switch (p.kind) {
    case 'WildPat':
      return { k: 'wild', sp };
    case 'IdentPat': {
      const byRef = p.mode === 'ref' ? 'ref' : p.mode === 'refMut' ? 'mut' : null;
      if (outerMut && p.isMut && !byRef) {
        const at = L.src.span(p.name.span.start, p.span.end);
        const sub = p.sub ? lowerPattern(L, p.sub) : null;
        return bind(L, p.name.name, at, false, null, sub);
      }
      if (!p.sub && !byRef && !p.isMut) {
        const named = L.src.adtKeys?.segsOfName(p.id, p.name.name);
        if (named) return { k: 'path', sp, segs: named };
        if (isPathName(L, p.name.name)) return { k: 'path', sp, segs: [p.name.name] };
      }
      // A sub-pattern's names are declared before the binding's own.
      const sub = p.sub ? lowerPattern(L, p.sub) : null;
      return bind(L, p.name.name, sp, p.isMut && !p.sub, byRef, sub);
    }
    case 'PathPat': {
      const path = p.path;
      if (path.segments.length === 1 && !path.qself && path.segments[0]!.ident.name === 'self') return bind(L, 'self', sp, false, null, null);
      if (path.segments.some((s) => s.args)) return L.unsupported('pattern `generic pattern`', p.span);
      return { k: 'path', sp, segs: selfPath(L, L.pathSegs(path)) };
    }
    case 'TupleStructPat':
      return { k: 'tstruct', sp, segs: selfPath(L, L.pathSegs(p.path)), items: p.elems.map((e) => lowerPattern(L, e)) };
    case 'StructPat': {
      const fields = p.fields.map((f) => ({ name: f.name.name, pat: f.shorthand && f.pat.kind === 'IdentPat' ? shorthand(L, f.pat) : lowerPattern(L, f.pat) }));
      return { k: 'struct', sp, segs: selfPath(L, L.pathSegs(p.path)), fields, rest: p.rest };
    }
    case 'TuplePat':
      return { k: 'tuple', sp, items: p.elems.map((e) => lowerPattern(L, e)) };
    case 'SlicePat':
      return { k: 'slice', sp, items: p.elems.map((e) => lowerPattern(L, e)) };
    case 'RestPat':
      return { k: 'rest', sp, bind: null };
    case 'RefPat':
      return { k: 'ref', sp, mut: p.isMut, pat: lowerPattern(L, p.pat) };
    case 'LitPat':
      return { k: 'lit', sp, v: litPatValue(L, p) };
    case 'RangePat':
      return { k: 'range', sp, lo: p.start ? rangeEnd(L, p.start) : null, hi: p.end ? rangeEnd(L, p.end) : null, inclusive: p.inclusive };
    case 'OrPat': {
      const first = lowerPattern(L, p.alts[0]!);
      const names = collectBindNames(first);
      const rest = p.alts.slice(1).map((a) => {
        // Later alternatives bind the same names to the same slots.
        for (const [name, slot] of names) L.fn.alias(name, slot);
        return lowerAlt(L, a, names);
      });
      return { k: 'or', sp, alts: [first, ...rest] };
    }
    case 'MacCallPat':
      return L.unsupported('macro in pattern position', p.span);
    case 'Unsupported':
      return L.unsupported(`pattern \`${p.what}\``, p.span);
  }
}

/** `S { x }`, `S { ref mut x }`: always a binding, spanning the field. */
function shorthand(L: BodyLowerer, p: A.IdentPat): Pat {
  return bind(L, p.name.name, spanOf(p.span), p.isMut, p.mode === 'ref' ? 'ref' : p.mode === 'refMut' ? 'mut' : null, null);
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

function litPatValue(L: BodyLowerer, p: A.LitPat): Value {
  const v = literalValue(p.lit, L.prog.literalTypes);
  if (!p.negated) return v;
  if (v instanceof Int) return normInt(v.ty, -big(v));
  if (v instanceof Float) return new Float(v.ty, -v.v, v.flex);
  return L.unsupported('negative pattern literal', p.span);
}

/** An end of a range pattern: a literal, or a std constant (`i32::MIN..=-1`); user constants are not evaluated while lowering. */
function rangeEnd(L: BodyLowerer, p: A.Pat): Value {
  if (p.kind === 'LitPat') return litPatValue(L, p);
  if (p.kind === 'PathPat' || p.kind === 'IdentPat') {
    const names = p.kind === 'IdentPat' ? [p.name.name] : p.path.segments.map((x) => x.ident.name);
    const segs = names.filter((x) => x !== 'std' && x !== 'core');
    const c = stdConst(segs.join('::'));
    if (c) return c({ sp: spanOf(p.span), generics: [], expect: null });
    return L.unsupported('user constant in a range pattern', p.span);
  }
  return L.unsupported(`pattern literal ${p.kind}`, p.span);
}

function collectBindNames(p: Pat, out = new Map<string, number>()): Map<string, number> {
  forEachBind(p, (b) => out.set(b.name, b.slot));
  return out;
}

function lowerAlt(L: BodyLowerer, p: A.Pat, names: Map<string, number>): Pat {
  L.fn.aliasing = names;
  try {
    return lowerPattern(L, p);
  } finally {
    L.fn.aliasing = null;
  }
}

function forEachBind(p: Pat, f: (b: Extract<Pat, { k: 'bind' }>) => void): void {
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

/** Whether a pattern binds a name by reference (`ref x`, `ref mut x`) anywhere. */
export function bindsByRef(p: A.Pat): boolean {
  switch (p.kind) {
    case 'IdentPat': return p.mode !== 'value' || (!!p.sub && bindsByRef(p.sub));
    case 'TupleStructPat': case 'TuplePat': case 'SlicePat': return p.elems.some(bindsByRef);
    case 'StructPat': return p.fields.some((f) => bindsByRef(f.pat));
    case 'RefPat': return bindsByRef(p.pat);
    case 'OrPat': return p.alts.some(bindsByRef);
    default: return false;
  }
}
