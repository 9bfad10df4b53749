// The primitive types of x86_64-unknown-linux-gnu: every scalar is aligned to its size (i128/u128
// to 16 since Rust 1.77), `bool` has 254 invalid bit patterns and `char` everything above
// U+10FFFF — the niches that let `Option<bool>` and `Option<char>` stay the size of the payload.
import { NEVER, scalar, scalarWithNiche, UNIT, type Layout } from './layout';
import { nameTable } from '../nameTable';

const PRIMITIVES: Record<string, Layout> = nameTable({
  u8: scalar(1), i8: scalar(1),
  u16: scalar(2), i16: scalar(2),
  u32: scalar(4), i32: scalar(4),
  u64: scalar(8), i64: scalar(8),
  u128: scalar(16), i128: scalar(16),
  usize: scalar(8), isize: scalar(8),
  f32: scalar(4), f64: scalar(8),
  f16: scalar(2), f128: scalar(16),
  bool: scalarWithNiche(1, 2n),
  char: scalarWithNiche(4, 0x110000n),
});

/** The layout of a primitive type name (`u8` … `char`), or undefined. `str` is unsized: not here. */
export function primitiveLayout(name: string): Layout | undefined {
  return PRIMITIVES[name];
}

export function isPrimitiveName(name: string): boolean {
  return name in PRIMITIVES || name === 'str';
}

export { NEVER, UNIT };

/** How a pointer to a type carries its metadata: none, a length (slices, `str`) or a vtable (`dyn`). */
export type PointerMetadata = 'thin' | 'len' | 'vtable';

/**
 * A data pointer that may be null (raw pointers): no niche in the address. The vtable pointer of a
 * `*const dyn Trait` must still be non-null, so that one has a niche in its second half.
 */
export function rawPointer(meta: PointerMetadata): Layout {
  if (meta === 'thin') return scalar(8);
  const niche = meta === 'vtable' ? { offset: 8, bytes: 8, available: 1n } : null;
  return { known: true, size: 16, align: 8, padding: 0, niche };
}

/**
 * A non-null pointer (references, Box, NonNull, Rc, fn pointers): the null value is its niche.
 * A fat pointer keeps the data pointer's niche at offset 0.
 */
export function nonNullPointer(meta: PointerMetadata): Layout {
  const niche = { offset: 0, bytes: 8, available: 1n };
  return { known: true, size: meta === 'thin' ? 8 : 16, align: 8, padding: 0, niche };
}

/** A reference (`nonNull`) or raw pointer to a pointee with metadata `meta`, its parts named when fat. */
export function pointerLayout(meta: PointerMetadata, nonNull: boolean): Layout {
  const l = nonNull ? nonNullPointer(meta) : rawPointer(meta);
  return meta === 'thin' ? l : { ...l, parts: meta === 'len' ? 'pointer, length' : 'pointer, vtable pointer' };
}
