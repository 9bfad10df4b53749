// The layout contract: what the layout engine says about one type. Every memory figure the product
// shows (frame sizes, heap block sizes, `size_of::<T>()` in simulated code, hovers, CodeLens, the
// `rustmem layout` CLI) is read from these objects, so they follow rustc 1.95 on
// x86_64-unknown-linux-gnu and say `known: false` rather than guess.

/**
 * The invalid bit patterns of one scalar inside a type that an enclosing enum (e.g. `Option`) can
 * use as its discriminant. rustc keeps only the largest niche of a type.
 */
export interface Niche {
  /** Byte offset of the scalar that has the invalid values. */
  offset: number;
  /** Width of that scalar in bytes. */
  bytes: number;
  /** How many bit patterns of the scalar are invalid (free for an enclosing enum). */
  available: bigint;
}

export interface FieldLayout {
  /** The field name, or its index as a string for tuple structs, tuples and tuple variants. */
  name: string;
  offset: number;
  size: number;
  align: number;
  /** The field's type as written in the source (after generic substitution), when known. */
  type?: string;
}

export interface VariantLayout {
  name: string;
  /** Size of the variant's own data including the tag when the tag is a separate field. */
  size: number;
  /** Fields in declaration order, with offsets inside the whole enum. */
  fields: FieldLayout[];
  /** The discriminant value of the variant (only for enums with a direct tag). */
  discriminant?: bigint;
}

/** How an enum tells its variants apart. */
export interface TagLayout {
  /** `direct`: a separate integer tag; `niche`: invalid values of a field of the largest variant. */
  encoding: 'direct' | 'niche';
  offset: number;
  size: number;
  /** For `niche`: the variant that stores no tag value (the one whose field holds the niche). */
  untaggedVariant?: string;
}

/** What an owning pointer (Box, Vec, String, Rc, ...) points to on the heap. */
export interface HeapPointee {
  /** Short description shown in hovers, e.g. "buffer of u64 elements (8 B each)". */
  description: string;
  /** Size of one heap element (Vec/String/VecDeque) or of the whole heap block (Box/Rc/Arc). */
  elementSize?: number;
}

export interface Layout {
  known: true;
  size: number;
  align: number;
  /** Fields in declaration order with their offsets (structs, tuples, unions, std wrappers). */
  fields?: FieldLayout[];
  /** Bytes not covered by any field (for enums: of the largest variant including its tag). */
  padding: number;
  /** The largest niche, or null when every bit pattern is valid. */
  niche: Niche | null;
  /** Enum variants in declaration order. */
  variants?: VariantLayout[];
  tag?: TagLayout;
  /**
   * True when rustc is free to reorder the fields (`repr(Rust)` with more than one field); the
   * offsets follow rustc 1.95's rule, which is not a language guarantee.
   */
  fieldOrderIsRustcChoice?: boolean;
  /** True for types with no values (`!`, empty enums, structs holding one). */
  uninhabited?: boolean;
  /** Human explanation of the parts, e.g. "pointer, length, capacity". */
  parts?: string;
  /** For owning pointers: what lives on the heap. */
  heap?: HeapPointee;
  /** Memory order of the fields (indices into `fields`), as rustc placed them. */
  memoryOrder?: number[];
}

export interface UnknownLayout {
  known: false;
  /** Why the layout cannot be computed, naming the type that blocks it. */
  reason: string;
  /** The type names that could not be resolved (external crates, uninstantiated generics, ...). */
  unknownTypes: string[];
}

export type LayoutResult = Layout | UnknownLayout;

export function unknown(reason: string, ...unknownTypes: string[]): UnknownLayout {
  return { known: false, reason, unknownTypes };
}

/** Size rounded up to a multiple of align (align is a power of two). */
export function alignTo(size: number, align: number): number {
  return Math.ceil(size / align) * align;
}

/** A plain scalar without invalid values (integers, floats, raw pointers). */
export function scalar(size: number, align = size): Layout {
  return { known: true, size, align, padding: 0, niche: null };
}

/** A scalar whose valid values are `validCount` of the 2^(8·size) bit patterns. */
export function scalarWithNiche(size: number, validCount: bigint, align = size): Layout {
  const total = 1n << BigInt(size * 8);
  return { known: true, size, align, padding: 0, niche: { offset: 0, bytes: size, available: total - validCount } };
}

export const UNIT: Layout = { known: true, size: 0, align: 1, padding: 0, niche: null };
export const NEVER: Layout = { known: true, size: 0, align: 1, padding: 0, niche: null, uninhabited: true };

export function isZst1(l: Layout): boolean {
  return l.size === 0 && l.align === 1;
}

/** `[T; n]`: n elements of `elem`, its niche only when there is an element to hold it. */
export function arrayLayout(elem: Layout, n: number): Layout {
  const l: Layout = { known: true, size: elem.size * n, align: elem.align, padding: elem.padding * n, niche: n > 0 ? elem.niche : null };
  if (n > 0 && elem.uninhabited) l.uninhabited = true;
  return l;
}
