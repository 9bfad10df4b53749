// Operators with Rust's semantics: integer arithmetic checked as in a debug build (overflow and
// division by zero panic with rustc's messages), `as` casts that truncate, extend and saturate,
// `==`/`<` through `PartialEq`/`PartialOrd` (derived: field by field; user impls: called).
import { describePlace } from '../trace/placeNames';
import { Unsupported } from '../errors';
import type { Expr, Span } from '../ir';
import { findMethod } from '../items';
import type { Ty } from '../types';
import {
  Arr, BoxV, Char, Enum, FLEX_INT, Float, INT_TYPES, Int, Native, Ref, Slice, Str, StringV, Struct, Tuple, UNIT, VecV,
  big, normInt, type Root, type Value, inRange, CapRef,
} from '../values';
import { exactInt, flexOverflow, intArith, wrap } from './intArith';
import { coerce } from './coerce';
import type { CE, Compiler } from './compile';
import { needsDrop } from './drop';
import { LocalField } from './localField';
import type { Interp } from './interp';
import { stringPushStr } from '../std/string';
import { eqValues, partialCmp } from './compare';
import { nameTable } from '../../nameTable';

function floatArith(op: string, a: Float, b: Float, sp: Span): Float {
  const ty = a.flex ? b.ty : a.ty;
  const flex = a.flex && b.flex;
  let r: number;
  switch (op) {
    case '+': r = a.v + b.v; break;
    case '-': r = a.v - b.v; break;
    case '*': r = a.v * b.v; break;
    case '/': r = a.v / b.v; break;
    case '%': r = a.v % b.v; break;
    default: throw new Unsupported(`operator ${op} on floats`, sp);
  }
  return new Float(ty, ty === 'f32' ? Math.fround(r) : r, flex);
}

const TRAIT_OF: Record<string, [string, string]> = nameTable({
  '+': ['Add', 'add'], '-': ['Sub', 'sub'], '*': ['Mul', 'mul'], '/': ['Div', 'div'], '%': ['Rem', 'rem'],
  '&': ['BitAnd', 'bitand'], '|': ['BitOr', 'bitor'], '^': ['BitXor', 'bitxor'], '<<': ['Shl', 'shl'], '>>': ['Shr', 'shr'],
});

function deref(v: Value): Value {
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  return v;
}

/** `a op b` for arithmetic and bit operators. */
export function arith(I: Interp, op: string, a: Value, b: Value, sp: Span): Value {
  if (a instanceof Int && b instanceof Int) return intArith(I, op, a, b, sp);
  if (a instanceof Float && b instanceof Float) return floatArith(op, a, b, sp);
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    if (op === '&') return a && b;
    if (op === '|') return a || b;
    if (op === '^') return a !== b;
  }
  if (a instanceof StringV && op === '+') {
    const s = deref(b);
    const text = s instanceof Str ? s.s : s instanceof StringV ? s.block.text : null;
    if (text === null) return I.unsupported(`String + ${I.typeName(b)}`, sp);
    stringPushStr(I, a, text);
    return a;
  }
  // References to numbers (`&a + b`, `a + &b`) use the value.
  if (a instanceof Ref || b instanceof Ref) {
    const da = deref(a);
    const db = deref(b);
    if ((da instanceof Int || da instanceof Float) && (db instanceof Int || db instanceof Float)) return arith(I, op, da, db, sp);
  }
  if (a instanceof Struct || a instanceof Enum) {
    const [trait, name] = TRAIT_OF[op]!;
    const m = findMethod(I.prog, a.def, name);
    if (m && [...a.def.traitImpls.keys()].some((k) => k === trait || k.startsWith(trait + '<'))) return I.callUser(m, [a, b], sp);
  }
  return I.unsupported(`operator \`${op}\` on \`${I.typeName(a)}\` and \`${I.typeName(b)}\``, sp);
}

export function compileBinary(C: Compiler, e: Extract<Expr, { k: 'bin' }>, expect: Ty | null): CE {
  const I = C.I;
  const op = e.op;
  const sp = e.sp;
  if (op === '==' || op === '!=' || op === '<' || op === '>' || op === '<=' || op === '>=') {
    const l = C.read(e.l);
    const r = C.read(e.r);
    switch (op) {
      case '==': return (f) => {
        const a = l(f); const b = r(f);
        if (a instanceof Int && b instanceof Int) return a.v === b.v || (typeof a.v !== typeof b.v && big(a) === big(b));
        return eqValues(I, a, b);
      };
      case '!=': return (f) => {
        const a = l(f); const b = r(f);
        if (a instanceof Int && b instanceof Int) return !(a.v === b.v || (typeof a.v !== typeof b.v && big(a) === big(b)));
        return !eqValues(I, a, b);
      };
      case '<': return (f) => {
        const a = l(f); const b = r(f);
        if (a instanceof Int && b instanceof Int) return a.v < b.v;
        return partialCmp(I, a, b) === -1;
      };
      case '>': return (f) => {
        const a = l(f); const b = r(f);
        if (a instanceof Int && b instanceof Int) return a.v > b.v;
        return partialCmp(I, a, b) === 1;
      };
      case '<=': return (f) => {
        const a = l(f); const b = r(f);
        if (a instanceof Int && b instanceof Int) return a.v <= b.v;
        const c = partialCmp(I, a, b);
        return c === -1 || c === 0;
      };
      default: return (f) => {
        const a = l(f); const b = r(f);
        if (a instanceof Int && b instanceof Int) return a.v >= b.v;
        const c = partialCmp(I, a, b);
        return c === 1 || c === 0;
      };
    }
  }
  const numExpect = expect && expect.k === 'path' && (INT_TYPES[expect.name] || expect.name === 'f32' || expect.name === 'f64') ? expect : null;
  const l = C.value(e.l, op === '<<' || op === '>>' ? numExpect : numExpect);
  const rExpect = op === '<<' || op === '>>' ? null : numExpect;
  const r = C.value(e.r, rExpect);
  // A literal right operand (`i % 7`, `n + 1`) is its value, without a call per use.
  const lit = e.r.k === 'lit' ? C.literal(e.r, rExpect) : undefined;
  // One closure per operator, its arithmetic written out, so each stays monomorphic; whatever the
  // doubles cannot answer exactly goes to `intArith`.
  switch (op) {
    case '+': return (f) => {
      const a = l(f); const b = lit !== undefined ? lit : r(f);
      if (a instanceof Int && b instanceof Int) {
        const x = a.v; const y = b.v;
        return typeof x === 'number' && typeof y === 'number' ? exactInt(I, op, a, b, x + y, sp) : intArith(I, op, a, b, sp);
      }
      return arith(I, op, a, b, sp);
    };
    case '-': return (f) => {
      const a = l(f); const b = lit !== undefined ? lit : r(f);
      if (a instanceof Int && b instanceof Int) {
        const x = a.v; const y = b.v;
        return typeof x === 'number' && typeof y === 'number' ? exactInt(I, op, a, b, x - y, sp) : intArith(I, op, a, b, sp);
      }
      return arith(I, op, a, b, sp);
    };
    case '*': return (f) => {
      const a = l(f); const b = lit !== undefined ? lit : r(f);
      if (a instanceof Int && b instanceof Int) {
        const x = a.v; const y = b.v;
        return typeof x === 'number' && typeof y === 'number' ? exactInt(I, op, a, b, x * y, sp) : intArith(I, op, a, b, sp);
      }
      return arith(I, op, a, b, sp);
    };
    case '/': return (f) => {
      const a = l(f); const b = lit !== undefined ? lit : r(f);
      if (a instanceof Int && b instanceof Int) {
        const x = a.v; const y = b.v;
        // A positive divisor neither divides by zero nor overflows.
        return typeof x === 'number' && typeof y === 'number' && y > 0 ? exactInt(I, op, a, b, Math.trunc(x / y), sp) : intArith(I, op, a, b, sp);
      }
      return arith(I, op, a, b, sp);
    };
    case '%': return (f) => {
      const a = l(f); const b = lit !== undefined ? lit : r(f);
      if (a instanceof Int && b instanceof Int) {
        const x = a.v; const y = b.v;
        // `+ 0` turns the double's -0 (`-4 % 2`) into 0.
        return typeof x === 'number' && typeof y === 'number' && y > 0 ? exactInt(I, op, a, b, (x % y) + 0, sp) : intArith(I, op, a, b, sp);
      }
      return arith(I, op, a, b, sp);
    };
    default: return (f) => arith(I, op, l(f), r(f), sp);
  }
}

export function compileNeg(C: Compiler, e: Extract<Expr, { k: 'neg' }>, expect: Ty | null): CE {
  const I = C.I;
  // `-128i8`, `let b: i8 = -128`: the literal is negated before it gets its type.
  if (e.e.k === 'lit' && (e.e.v instanceof Int || e.e.v instanceof Float)) {
    const lit = e.e.v;
    const negated = lit instanceof Int ? normInt(lit.ty, -big(lit)) : new Float(lit.ty, -lit.v, lit.flex);
    const v = expect ? coerce(negated, expect) : negated;
    return () => v;
  }
  const inner = C.value(e.e, expect);
  const sp = e.sp;
  const isLit = e.e.k === 'lit';
  return (f) => {
    const v = inner(f);
    if (v instanceof Int) {
      if (!v.ty.signed && !v.ty.flex) return I.unsupported('negating an unsigned integer', sp);
      const r = -big(v);
      if (!inRange(v.ty, r)) {
        // `-2147483648` as a literal is fine: the negation applies to the literal.
        if (isLit && r === v.ty.min) return normInt(v.ty, r);
        if (v.ty.flex) flexOverflow(sp);
        return I.panic('attempt to negate with overflow', sp);
      }
      return typeof v.v === 'number' ? new Int(v.ty, v.v === 0 ? 0 : -v.v) : normInt(v.ty, r);
    }
    if (v instanceof Float) return new Float(v.ty, -v.v, v.flex);
    if (v instanceof Struct || v instanceof Enum) {
      const m = findMethod(I.prog, v.def, 'neg');
      if (m) return I.callUser(m, [v], sp);
    }
    return I.unsupported(`negating \`${I.typeName(v)}\``, sp);
  };
}

export function compileNot(C: Compiler, e: Extract<Expr, { k: 'not' }>): CE {
  const I = C.I;
  const inner = C.value(e.e);
  const sp = e.sp;
  return (f) => {
    const v = inner(f);
    if (typeof v === 'boolean') return !v;
    if (v instanceof Int) return normInt(v.ty, wrap(v.ty, ~big(v)));
    if (v instanceof Struct || v instanceof Enum) {
      const m = findMethod(I.prog, v.def, 'not');
      if (m) return I.callUser(m, [v], sp);
    }
    return I.unsupported(`\`!\` on \`${I.typeName(v)}\``, sp);
  };
}

export function compileAssign(C: Compiler, e: Extract<Expr, { k: 'assign' }>): CE {
  const I = C.I;
  const sp = e.sp;
  const op = e.op;
  const what = describePlace(e.place);
  if (op === null && (e.place.k === 'tuple' || e.place.k === 'array')) {
    // Destructuring assignment `(a, b) = (b, a)`: the right side is evaluated first, then each place assigned.
    const v = C.value(e.value);
    const names = e.place.items.map(describePlace);
    const places = e.place.items.map((p) => (p.k === 'path' && p.segs.length === 1 && p.segs[0] === '_' ? null : C.place(p, null, true)));
    return (f) => {
      const x = v(f) as Tuple;
      const items = x.items;
      places.forEach((p, i) => {
        const r = p?.(f);
        if (!r) return I.drop(items[i], 'unbound', '_', '`_` in a destructuring assignment');
        const old = r.arr[r.idx];
        r.arr[r.idx] = items[i];
        if (I.rec && r.root) I.rec.dirty(r.root);
        if (old !== undefined && typeof old === 'object' && needsDrop(old)) I.drop(old, 'assign', names[i]!, 'the place was assigned a new value');
      });
      return UNIT;
    };
  }
  if (op === null) {
    const v = C.value(e.value, null, `\`${what}\``);
    if (e.place.k === 'local') {
      const slot = e.place.slot;
      return (f) => {
        let x = v(f);
        const old = f.slots[slot];
        if (x instanceof Int && x.ty.flex && old instanceof Int && !old.ty.flex) x = coerce(x, { k: 'path', name: old.ty.name, segs: [], args: [], text: '' });
        f.slots[slot] = x;
        if (I.rec) I.rec.bind(f, slot);
        if (old !== undefined && typeof old === 'object' && needsDrop(old)) I.drop(old, 'assign', what, `\`${what}\` was assigned a new value`);
        return UNIT;
      };
    }
    const p = C.place(e.place, null, true);
    // Without a trace no owner is marked changed: a field of a local is written in place.
    const lf = e.place.k === 'field' ? LocalField.of(e.place) : null;
    return (f) => {
      let x = v(f);
      let arr: Value[];
      let idx: number;
      let root: Root = null;
      const fs = lf !== null && I.rec === null ? lf.fields(f) : null;
      if (fs !== null) {
        arr = fs;
        idx = lf!.fi;
      } else {
        const r = p(f);
        arr = r.arr;
        idx = r.idx;
        root = r.root;
      }
      const old = arr[idx];
      if (x instanceof Int && x.ty.flex && old instanceof Int && !old.ty.flex) x = new Int(old.ty, x.v);
      arr[idx] = x;
      if (I.rec && root) I.rec.dirty(root);
      if (old !== undefined && typeof old === 'object' && needsDrop(old)) I.drop(old, 'assign', what, `\`${what}\` was assigned a new value`);
      return UNIT;
    };
  }
  const v = C.value(e.value);
  if (e.place.k === 'local') {
    const slot = e.place.slot;
    // `+=` and `-=` on integers, the loop counters' operators, written out (see compileBinary).
    if (op === '+' || op === '-') {
      const add = op === '+';
      return (f) => {
        const x = v(f);
        const old = f.slots[slot];
        if (old instanceof Int && x instanceof Int) {
          const a = old.v; const b = x.v;
          f.slots[slot] = typeof a === 'number' && typeof b === 'number' ? exactInt(I, op, old, x, add ? a + b : a - b, sp) : intArith(I, op, old, x, sp);
        } else compound(I, op, new Ref(f.slots, slot, true, f, slot), x, sp);
        return UNIT;
      };
    }
    return (f) => {
      const x = v(f);
      const old = f.slots[slot];
      if (old instanceof Int && x instanceof Int) f.slots[slot] = intArith(I, op, old, x, sp);
      else compound(I, op, new Ref(f.slots, slot, true, f, slot), x, sp);
      return UNIT;
    };
  }
  const p = C.place(e.place, null, true);
  // `self.n += by`, `p.x += i` without a trace: integer fields of a local updated in place.
  const lf = e.place.k === 'field' ? LocalField.of(e.place) : null;
  return (f) => {
    const x = v(f);
    if (lf !== null && I.rec === null && x instanceof Int) {
      const fs = lf.fields(f);
      if (fs !== null) {
        const old = fs[lf.fi];
        if (old instanceof Int) {
          fs[lf.fi] = intArith(I, op, old, x, sp);
          return UNIT;
        }
      }
    }
    const r = p(f);
    compound(I, op, r, x, sp);
    if (I.rec && r.root) I.rec.dirty(r.root);
    return UNIT;
  };
}

function compound(I: Interp, op: string, r: Ref, x: Value, sp: Span): void {
  const old = r.arr[r.idx];
  if (old instanceof Int && x instanceof Int) {
    r.arr[r.idx] = intArith(I, op, old, x, sp);
    return;
  }
  if (old instanceof StringV && op === '+') {
    const s = deref(x);
    stringPushStr(I, old, s instanceof Str ? s.s : s instanceof StringV ? s.block.text : I.unsupported('String += non-string', sp));
    return;
  }
  if (old instanceof Struct || old instanceof Enum) {
    const [trait, name] = TRAIT_OF[op]!;
    const m = findMethod(I.prog, old.def, name + '_assign');
    if (m) {
      I.callUser(m, [new Ref(r.arr, r.idx, true, r.root, r.rootSlot), x], sp);
      return;
    }
    void trait;
  }
  if (old instanceof Ref) {
    // `*r += 1` reaches here through deref places; a `&mut i32` slot itself is not arithmetic.
    return void I.unsupported('compound assignment through a reference value', sp);
  }
  r.arr[r.idx] = arith(I, op, old, x, sp);
}

// ------------------------------------------------------------------------------------ casts

export function compileCast(C: Compiler, e: Extract<Expr, { k: 'cast' }>): CE {
  const I = C.I;
  const inner = C.value(e.e);
  const ty = e.ty;
  const sp = e.sp;
  if (ty.k !== 'path') {
    return () => I.unsupported(`cast to \`${ty.text}\``, sp);
  }
  const name = ty.name;
  const it = INT_TYPES[name];
  if (it) {
    return (f) => {
      const v = inner(f);
      if (v instanceof Int) {
        if (v.ty === it) return v;
        if (typeof v.v === 'number' && v.v >= it.minN && v.v <= it.maxN && Number.isSafeInteger(v.v)) return new Int(it, v.v);
        return normInt(it, wrap(it, big(v)));
      }
      if (v instanceof Float) {
        if (Number.isNaN(v.v)) return new Int(it, 0);
        const t = Math.trunc(v.v);
        if (t <= it.minN) return normInt(it, it.min);
        if (t >= it.maxN) return normInt(it, it.max);
        return normInt(it, BigInt(t));
      }
      if (typeof v === 'boolean') return new Int(it, v ? 1 : 0);
      if (v instanceof Char) return normInt(it, wrap(it, BigInt(v.cp)));
      if (v instanceof Enum && !v.def.builtin) return normInt(it, wrap(it, v.def.variants[v.vi]!.discr));
      return I.unsupported(`cast of \`${I.typeName(v)}\` to \`${name}\``, sp);
    };
  }
  if (name === 'f32' || name === 'f64') {
    return (f) => {
      const v = inner(f);
      let x: number;
      if (v instanceof Int) x = typeof v.v === 'number' ? v.v : Number(v.v);
      else if (v instanceof Float) x = v.v;
      else return I.unsupported(`cast of \`${I.typeName(v)}\` to \`${name}\``, sp);
      return new Float(name, name === 'f32' ? Math.fround(x) : x);
    };
  }
  if (name === 'char') {
    return (f) => {
      const v = inner(f);
      if (v instanceof Int && v.ty.name === 'u8') return new Char(Number(v.v));
      if (v instanceof Int && v.ty.flex) return new Char(Number(v.v));
      if (v instanceof Char) return v;
      return I.unsupported(`cast of \`${I.typeName(v)}\` to char`, sp);
    };
  }
  if (name === 'bool') return (f) => inner(f);
  return () => I.unsupported(`cast to \`${ty.text}\``, sp);
}

export { eqValues, cmpValues, partialCmp, cmpCodePoints } from './compare';
export { FLEX_INT };
