// Short `{:?}`-like texts of values and the pointers they hold, for the trace. Never runs user
// code (a user `Debug` impl could print or panic), so user types are shown structurally.
import { deadPlaceOf, freedTargetOf } from '../ub';
import type { Pointer } from '../../../../../protocol/trace';
import { debugChar, debugStr } from '../std/fmt';
import { formatFloat } from '../std/fmtnum';
import { PLAIN } from '../std/fmtnum';
import {
  Arr, BoxV, CapRef, Char, Closure, Enum, Float, FnV, HeapBlock, Int, Native, Ref, Slice, Str, StringV, Struct, Tuple, VecV,
  isCopyPrimitive, type Value,
} from '../values';

// Long enough that the panel can show a value in full when it is expanded.
const MAX = 400;
const DEBUG_SPEC = { ...PLAIN, trait: '?' };

function clip(s: string): string {
  return s.length > MAX ? s.slice(0, MAX - 1) + '…' : s;
}

/**
 * A string's `{:?}` clipped, escaping only the prefix that can show: a `String` grown in a loop is
 * summarised at every step, and escaping all of it each time is quadratic.
 */
function clipText(text: string): string {
  return flat(clip(debugStr(text.length > MAX ? text.slice(0, MAX + 1) : text)));
}

/**
 * The same text as one piece: a string built a character at a time is a tree of one small string
 * per append until something reads it, and a trace keeps a summary for every step that changed a
 * value (100+ pieces, 4 KB, per `String` summary). Reading a character flattens it in place.
 */
function flat(s: string): string {
  s.charCodeAt(0);
  return s;
}

/** A `String`'s summary from the head its block keeps, without reading (flattening) the whole text. */
function clipBlockText(b: HeapBlock): string {
  return clipText(b.textLength > MAX ? b.head : b.text);
}

function list(items: Value[], depth: number, open: string, close: string): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; i < items.length; i++) {
    const p = summarize(items[i], depth + 1);
    len += p.length + 2;
    if (len > MAX) {
      parts.push(`… ${items.length - i} more`);
      break;
    }
    parts.push(p);
  }
  return open + parts.join(', ') + close;
}

export function summarize(v: Value, depth = 0): string {
  if (depth > 6) return '…';
  if (v instanceof Int) return String(v.v);
  if (v instanceof Float) return formatFloat(v.v, v.ty === 'f32', DEBUG_SPEC, true);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Char) return debugChar(v.cp);
  if (v instanceof Str) {
    const freed = v.buf?.freed ? freedTargetOf(v) : undefined;
    return freed ? `&(dangling: freed memory (block #${freed.id}))` : clipText(v.s);
  }
  if (v instanceof StringV) return clipBlockText(v.block);
  if (v instanceof VecV) return clip(list(v.block.items, depth, '[', ']'));
  if (v instanceof Arr) return clip(list(v.items, depth, '[', ']'));
  if (v instanceof Slice) return clip('&' + list(v.arr.slice(v.start, v.start + Math.min(v.len, 20)), depth, '[', v.len > 20 ? ', …]' : ']'));
  if (v instanceof Tuple) return v.items.length === 0 ? '()' : clip(list(v.items, depth, '(', v.items.length === 1 ? ',)' : ')'));
  if (v instanceof Struct) {
    const d = v.def;
    if (d.shape === 'unit') return d.name;
    if (d.shape === 'tuple') return clip(d.name + list(v.f, depth, '(', ')'));
    return clip(`${d.name} { ${d.fieldNames.map((n, i) => `${n}: ${summarize(v.f[i], depth + 1)}`).join(', ')} }`);
  }
  if (v instanceof Enum) {
    const variant = v.def.variants[v.vi]!;
    if (variant.shape === 'unit') return variant.name;
    if (variant.shape === 'tuple') return clip(variant.name + list(v.f, depth, '(', ')'));
    return clip(`${variant.name} { ${variant.fieldNames.map((n, i) => `${n}: ${summarize(v.f[i], depth + 1)}`).join(', ')} }`);
  }
  if (v instanceof Ref && deadPlaceOf(v.arr)) return `&${v.mut ? 'mut ' : ''}(dangling: ${deadPlaceOf(v.arr)!.replace(/`/g, '')})`;
  // A reference to an owner whose buffer was freed (a `&String` to a moved-out, dropped `String`).
  const freed = v instanceof Ref ? freedTargetOf(v) : undefined;
  if (freed) return `&${(v as Ref).mut ? 'mut ' : ''}(dangling: freed memory (block #${freed.id}))`;
  if (v instanceof Ref || v instanceof CapRef) return clip('&' + (v instanceof Ref && v.mut ? 'mut ' : '') + summarize(v.arr[v.idx], depth + 1));
  if (v instanceof BoxV) return clip(`Box(${summarize(v.block.items[0], depth + 1)})`);
  if (v instanceof Closure) return `closure`;
  if (v instanceof FnV) return `fn ${v.fn.name}`;
  if (v instanceof Native) return clip(v.cls.summary ? v.cls.summary(v.data, (x) => summarize(x, depth + 1)) : v.cls.typeName(v.data));
  if (v === undefined) return '(moved)';
  return '?';
}

/** Where a reference points: a variable (by frame slot) or a heap block. */
/** Where a reference leads; with `cell`, a guard's place inside that cell (the cell's own data). */
export type TargetOf = (r: Ref | Slice | CapRef, cell?: object) => Pointer['target'] | null;

/**
 * The field path (as `pointersOf` writes it) of the cell or lock whose data is `cell` inside `v`,
 * not following pointers; undefined when `v` does not hold it.
 */
export function cellPath(v: Value, cell: object, via = '', depth = 0): string | undefined {
  if (depth > 6 || typeof v !== 'object' || v === undefined) return undefined;
  if (v instanceof Native) return v.data === cell ? via : undefined;
  const inAll = (items: readonly Value[], name: (i: number) => string): string | undefined => {
    for (let i = 0; i < items.length; i++) {
      const p = cellPath(items[i], cell, name(i), depth + 1);
      if (p !== undefined) return p;
    }
    return undefined;
  };
  if (v instanceof Struct) return inAll(v.f, (i) => field(via, v.def.fieldNames[i] ?? String(i)));
  if (v instanceof Enum) {
    const variant = v.def.variants[v.vi]!;
    const only = variant.shape === 'tuple' && v.f.length === 1;
    return inAll(v.f, (i) => (only ? via : field(via, variant.fieldNames[i] ?? String(i))));
  }
  if (v instanceof Tuple || v instanceof Arr) return inAll(v.items, (i) => (v instanceof Arr ? `${via}[${i}]` : field(via, String(i))));
  return undefined;
}

/** The pointers a value holds (owning buffers, boxes, references), with the field path to each. */
export function pointersOf(v: Value, target: TargetOf, via = '', out: Pointer[] = [], depth = 0): Pointer[] {
  if (depth > 4 || typeof v !== 'object' || v === undefined) return out;
  if (v instanceof StringV || v instanceof VecV || v instanceof BoxV) {
    const b = v.block;
    if (b.id > 0 && !b.freed) out.push({ target: { kind: 'block', id: b.id }, kind: 'owner', via });
    return out;
  }
  if (v instanceof Ref || v instanceof Slice || v instanceof CapRef || v instanceof Str) {
    // A pointer that leads to freed memory (a run as if accepted) is drawn dangling, onto the freed block.
    const freed = v instanceof CapRef ? undefined : freedTargetOf(v);
    if (freed) {
      out.push({ target: { kind: 'block', id: freed.id }, kind: v instanceof Str || !v.mut ? 'ref' : 'mut-ref', via, dangling: true });
      return out;
    }
    if (v instanceof Str) return out;
    const t = target(v);
    if (t) out.push({ target: t, kind: v.mut ? 'mut-ref' : 'ref', via });
    return out;
  }
  if (v instanceof Struct) {
    v.f.forEach((x, i) => pointersOf(x, target, field(via, v.def.fieldNames[i] ?? String(i)), out, depth + 1));
    return out;
  }
  if (v instanceof Enum) {
    const variant = v.def.variants[v.vi]!;
    // `Some(b)`, `Ok(b)`: the one payload is the value a learner sees; `.0` would only be noise.
    const only = variant.shape === 'tuple' && v.f.length === 1;
    v.f.forEach((x, i) => pointersOf(x, target, only ? via : field(via, variant.fieldNames[i] ?? String(i)), out, depth + 1));
    return out;
  }
  if (v instanceof Tuple || v instanceof Arr) {
    // Arrays are homogeneous: an array of numbers holds no pointers, however long it is.
    if (v instanceof Arr && v.items.length > 0 && isCopyPrimitive(v.items[0])) return out;
    v.items.forEach((x, i) => pointersOf(x, target, v instanceof Arr ? `${via}[${i}]` : field(via, String(i)), out, depth + 1));
    return out;
  }
  if (v instanceof Closure) {
    v.env.forEach((x, i) => pointersOf(x, target, field(via, v.def.captureNames?.[i] ?? String(i)), out, depth + 1));
    return out;
  }
  if (v instanceof Native && v.cls.lends) {
    const lent = v.cls.lends(v.data);
    const t = lent && target(lent.place, lent.cell);
    if (t) out.push({ target: t, kind: lent!.place.mut ? 'mut-ref' : 'ref', via });
    return out;
  }
  if (v instanceof Native && v.cls.pointers) {
    for (const p of v.cls.pointers(v.data)) {
      if (p.block.id > 0 && !p.block.freed) out.push({ target: { kind: 'block', id: p.block.id }, kind: p.kind, via: field(via, p.via) });
    }
  }
  return out;
}

/**
 * The path to a pointer inside a value, as Rust writes a place relative to it: `next`, `1`,
 * `[0].next` (a label, so the value itself is left out).
 */
function field(via: string, name: string): string {
  return via ? (name ? `${via}.${name}` : via) : name;
}

/** The pointers held by a heap block's contents. */
export function blockPointers(b: HeapBlock, target: TargetOf): Pointer[] {
  const out: Pointer[] = [];
  if (b.kind === 'string') return out;
  if (b.kind === 'vec' && b.items.length > 0 && isCopyPrimitive(b.items[0])) return out;
  b.items.forEach((x, i) => pointersOf(x, target, b.kind === 'box' || b.kind.startsWith('rc') ? '' : `[${i}]`, out, 1));
  return out;
}
