/**
 * The simulator's door to type sizes: `size_of`, heap block sizes, element sizes of buffers and
 * frame sizes all come through `sizeOfTy`. It answers from rustc's rules for the types it knows
 * (primitives, pointers, std containers, structs and tuples with field reordering, fieldless enums,
 * `Option` of a type with a niche) and returns null otherwise, so callers can report the gap.
 */
import type { AdtDef, Program } from './items';
import type { Ty } from './types';
import { Arr, BoxV, CapRef, Char, Closure, Enum, Float, FnV, Int, Native, Ref, Slice, Str, StringV, Struct, Tuple, VecV, type Value } from './values';

export interface SizeAlign {
  size: number;
  align: number;
  /** A niche an enclosing `Option` can use (references, Box, Vec, String, bool, char, enums). */
  niche: boolean;
}

const PRIM: Record<string, SizeAlign> = {
  i8: { size: 1, align: 1, niche: false }, u8: { size: 1, align: 1, niche: false },
  i16: { size: 2, align: 2, niche: false }, u16: { size: 2, align: 2, niche: false },
  i32: { size: 4, align: 4, niche: false }, u32: { size: 4, align: 4, niche: false },
  i64: { size: 8, align: 8, niche: false }, u64: { size: 8, align: 8, niche: false },
  i128: { size: 16, align: 16, niche: false }, u128: { size: 16, align: 16, niche: false },
  isize: { size: 8, align: 8, niche: false }, usize: { size: 8, align: 8, niche: false },
  f32: { size: 4, align: 4, niche: false }, f64: { size: 8, align: 8, niche: false },
  bool: { size: 1, align: 1, niche: true }, char: { size: 4, align: 4, niche: true },
  str: { size: -1, align: 1, niche: false },
};

const THREE_WORDS: SizeAlign = { size: 24, align: 8, niche: true };
const PTR: SizeAlign = { size: 8, align: 8, niche: true };
const FAT: SizeAlign = { size: 16, align: 8, niche: true };

function alignTo(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

function isUnsized(ty: Ty): boolean {
  return ty.k === 'slice' || ty.k === 'dyn' || (ty.k === 'path' && ty.name === 'str');
}

/** Size, alignment and niche of a type, or null when the model does not know it. */
export function layoutOfTy(ty: Ty, prog: Program | null, depth = 0): SizeAlign | null {
  if (depth > 20) return null;
  switch (ty.k) {
    case 'ref': case 'ptr':
      return isUnsized(ty.inner) ? FAT : PTR;
    case 'tuple':
      return aggregate(ty.items.map((t) => layoutOfTy(t, prog, depth + 1)));
    case 'array': {
      const e = layoutOfTy(ty.elem, prog, depth + 1);
      if (!e || ty.len < 0) return null;
      return { size: e.size * ty.len, align: e.align, niche: ty.len > 0 && e.niche };
    }
    case 'fn': return PTR;
    case 'never': return { size: 0, align: 1, niche: false };
    case 'path': {
      const p = PRIM[ty.name];
      if (p) return p.size < 0 ? null : p;
      switch (ty.name) {
        case 'String': case 'Vec': case 'HashMap': case 'HashSet': return ty.name.startsWith('Hash') ? { size: 48, align: 8, niche: true } : THREE_WORDS;
        // capacity, pointer, head and length.
        case 'VecDeque': return { size: 32, align: 8, niche: true };
        case 'BTreeMap': case 'BTreeSet': return THREE_WORDS;
        case 'Box': case 'Rc': case 'Arc':
          return ty.args[0] && isUnsized(ty.args[0]) ? FAT : PTR;
        case 'Option': {
          const inner = ty.args[0] ? layoutOfTy(ty.args[0], prog, depth + 1) : null;
          if (!inner) return null;
          if (inner.niche) return { ...inner, niche: false };
          return { size: alignTo(inner.size + inner.align, inner.align), align: inner.align, niche: false };
        }
        default: {
          const std = stdTyLayouts.get(ty.name);
          if (std) return std(ty.args.map((a) => layoutOfTy(a, prog, depth + 1)), ty.args);
          const adt = prog?.adts.get(ty.name);
          if (!adt || adt.builtin) return null;
          return adtLayout(adt, ty.args, prog!, depth);
        }
      }
    }
    default:
      return null;
  }
}

function aggregate(fields: (SizeAlign | null)[]): SizeAlign | null {
  let size = 0;
  let align = 1;
  let niche = false;
  // rustc reorders fields by decreasing alignment, so the only padding is at the end.
  const sorted = [];
  for (const f of fields) {
    if (!f) return null;
    sorted.push(f);
  }
  sorted.sort((a, b) => b.align - a.align);
  for (const f of sorted) {
    size = alignTo(size, f.align) + f.size;
    align = Math.max(align, f.align);
    niche ||= f.niche;
  }
  return { size: alignTo(size, align), align, niche };
}

function adtLayout(adt: AdtDef, args: Ty[], prog: Program, depth: number): SizeAlign | null {
  const subst = (t: Ty): Ty => {
    if (t.k === 'param') {
      const i = adt.generics.indexOf(t.name);
      return (i >= 0 ? args[i] : undefined) ?? t;
    }
    return t;
  };
  if (adt.kind === 'struct') return aggregate(adt.fieldTys.map((t) => layoutOfTy(subst(t), prog, depth + 1)));
  if (adt.variants.every((v) => v.fieldTys.length === 0)) {
    const n = adt.variants.length;
    if (n === 0) return { size: 0, align: 1, niche: false };
    if (n === 1) return { size: 0, align: 1, niche: false };
    const max = adt.variants.reduce((m, v) => (v.discr > m ? v.discr : m), 0n);
    const min = adt.variants.reduce((m, v) => (v.discr < m ? v.discr : m), 0n);
    const size = min >= -128n && max <= 255n ? 1 : min >= -32768n && max <= 65535n ? 2 : 4;
    return { size, align: size, niche: n < 256 };
  }
  return null;
}

/** Layouts of std types that std modules describe (`RefCell<T>`, `Mutex<T>`, maps, atomics ...), by type name. */
const stdTyLayouts = new Map<string, (args: (SizeAlign | null)[], tys: Ty[]) => SizeAlign | null>();

export function defineTyLayout(name: string, fn: (args: (SizeAlign | null)[], tys: Ty[]) => SizeAlign | null): void {
  stdTyLayouts.set(name, fn);
}

/** The layout of a struct with these fields (rustc reorders them; only trailing padding remains). */
export function structLayout(fields: (SizeAlign | null)[]): SizeAlign | null {
  return aggregate(fields);
}

export function sizeOfTy(ty: Ty, prog: Program | null): number | null {
  const l = layoutOfTy(ty, prog);
  return l ? l.size : null;
}

/**
 * Bytes one call's frame takes in the model: return address and saved frame pointer (16), the
 * parameters, the locals and one 8-byte slot per intermediate value an unoptimised build spills,
 * rounded to 16. Calibrated so a one-`u64`-parameter recursive function overflows 8 MiB at about
 * the depth the real debug build does.
 */
export function frameSizeOf(prog: Program, paramTys: Ty[], bodyBytes: number): number {
  let size = 16 + bodyBytes;
  for (const t of paramTys) size += sizeOfTy(t, prog) ?? 8;
  return alignTo(size, 16);
}

/**
 * Size and alignment of a runtime value's type (used for buffer element sizes, where the static
 * type may be unannotated). Generic structs are measured from their field values.
 */
export function layoutOfValue(v: Value, prog: Program | null, depth = 0): SizeAlign | null {
  if (depth > 8) return null;
  if (v instanceof Int) return PRIM[v.ty.name]!;
  if (v instanceof Float) return PRIM[v.ty]!;
  if (typeof v === 'boolean') return PRIM.bool!;
  if (v instanceof Char) return PRIM.char!;
  if (v instanceof Str || v instanceof Slice) return FAT;
  if (v instanceof StringV || v instanceof VecV) return THREE_WORDS;
  if (v instanceof BoxV) return v.block.dyn ? FAT : PTR;
  if (v instanceof Ref) {
    const t = v.arr[v.idx];
    return t instanceof Str ? FAT : PTR;
  }
  if (v instanceof FnV) return PTR;
  if (v instanceof Tuple) return aggregate(v.items.map((x) => layoutOfValue(x, prog, depth + 1)));
  if (v instanceof Arr) {
    const e = v.items.length ? layoutOfValue(v.items[0], prog, depth + 1) : { size: 0, align: 1, niche: false };
    return e ? { size: e.size * v.items.length, align: e.align, niche: e.niche } : null;
  }
  if (v instanceof Struct) {
    if (v.def.generics.length === 0) return layoutOfTy({ k: 'path', name: v.def.name, segs: [v.def.name], args: [], text: v.def.name }, prog);
    return aggregate(v.f.map((x) => layoutOfValue(x, prog, depth + 1)));
  }
  if (v instanceof Enum) {
    if (v.def.name === 'Option' && v.def.builtin) {
      const inner = v.vi === 1 ? layoutOfValue(v.f[0], prog, depth + 1) : null;
      if (!inner) return null;
      return inner.niche ? { ...inner, niche: false } : { size: alignTo(inner.size + inner.align, inner.align), align: inner.align, niche: false };
    }
    if (v.def.generics.length === 0 && !v.def.builtin) return layoutOfTy({ k: 'path', name: v.def.name, segs: [v.def.name], args: [], text: v.def.name }, prog);
    return null;
  }
  if (v instanceof Closure) return aggregate(v.env.map((x) => (x instanceof CapRef ? PTR : layoutOfValue(x, prog, depth + 1))));
  if (v instanceof Native && v.cls.layout) return v.cls.layout(v.data, prog);
  return null;
}
