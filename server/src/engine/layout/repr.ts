// `#[repr(...)]` as rustc reads it, and the integer types an enum tag can have.
import { nameTable } from '../nameTable';

/** Byte widths of rustc's `Integer` (I8 … I128); on x86_64 each is aligned to its size. */
export type IntWidth = 1 | 2 | 4 | 8 | 16;

export interface Repr {
  c: boolean;
  transparent: boolean;
  /** `repr(packed)` = 1, `repr(packed(N))` = N. */
  packed?: number;
  /** `repr(align(N))`. */
  align?: number;
  /** `repr(u8)`, `repr(i32)`, ...: the tag integer of an enum. */
  int?: { bytes: IntWidth; signed: boolean };
}

export const REPR_RUST: Repr = { c: false, transparent: false };

const INT_REPRS: Record<string, { bytes: IntWidth; signed: boolean }> = nameTable({
  u8: { bytes: 1, signed: false }, i8: { bytes: 1, signed: true },
  u16: { bytes: 2, signed: false }, i16: { bytes: 2, signed: true },
  u32: { bytes: 4, signed: false }, i32: { bytes: 4, signed: true },
  u64: { bytes: 8, signed: false }, i64: { bytes: 8, signed: true },
  u128: { bytes: 16, signed: false }, i128: { bytes: 16, signed: true },
  usize: { bytes: 8, signed: false }, isize: { bytes: 8, signed: true },
});

/** Parses the text inside `#[repr(...)]` attributes, e.g. `C, u8` or `packed(2)` or `align(16)`. */
export function parseRepr(attributeArgs: string[]): Repr {
  const repr: Repr = { c: false, transparent: false };
  for (const args of attributeArgs) {
    for (const m of args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)\s*(?:\(\s*(\d+)\s*\))?/g)) {
      const word = m[1] ?? '';
      const n = m[2] !== undefined ? Number(m[2]) : undefined;
      if (word === 'C') repr.c = true;
      else if (word === 'transparent') repr.transparent = true;
      else if (word === 'packed') repr.packed = Math.min(repr.packed ?? Infinity, n ?? 1);
      else if (word === 'align' && n !== undefined) repr.align = Math.max(repr.align ?? 1, n);
      else if (INT_REPRS[word]) repr.int = INT_REPRS[word];
    }
  }
  return repr;
}

/** rustc's `inhibit_struct_field_reordering`: repr(C) and repr(int) keep declaration order. */
export function keepsFieldOrder(repr: Repr): boolean {
  return repr.c || repr.int !== undefined;
}

/** rustc's `inhibit_enum_layout_opt`: repr(C) and repr(int) enums always carry a direct tag. */
export function inhibitsEnumLayoutOpt(repr: Repr): boolean {
  return repr.c || repr.int !== undefined;
}

const WIDTHS: IntWidth[] = [1, 2, 4, 8, 16];

/** The smallest integer width holding `v` unsigned. */
export function fitUnsigned(v: bigint): IntWidth {
  for (const w of WIDTHS) if (v < 1n << BigInt(w * 8)) return w;
  return 16;
}

/** The smallest integer width holding `v` signed. */
export function fitSigned(v: bigint): IntWidth {
  for (const w of WIDTHS) {
    const half = 1n << BigInt(w * 8 - 1);
    if (v >= -half && v < half) return w;
  }
  return 16;
}

/** rustc's `Integer::for_align`: the integer whose size and alignment both equal `align`. */
export function integerForAlign(align: number): IntWidth | undefined {
  return WIDTHS.find((w) => w === align);
}

/** rustc's `repr_discr`: the tag integer for discriminants in [min, max]. */
export function discrInteger(repr: Repr, min: bigint, max: bigint): { bytes: IntWidth; signed: boolean } {
  if (repr.int) return repr.int;
  const atLeast: IntWidth = repr.c ? 4 : 1;
  const unsignedFit = fitUnsigned(BigInt.asUintN(128, min) > BigInt.asUintN(128, max) ? BigInt.asUintN(128, min) : BigInt.asUintN(128, max));
  const signedFit = Math.max(fitSigned(min), fitSigned(max)) as IntWidth;
  if (min >= 0n) return { bytes: Math.max(unsignedFit, atLeast) as IntWidth, signed: false };
  return { bytes: Math.max(signedFit, atLeast) as IntWidth, signed: true };
}
