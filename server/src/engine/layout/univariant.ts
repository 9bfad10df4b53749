// The layout of one variant (a struct, a tuple, or one enum variant) as rustc 1.95 computes it in
// `rustc_abi::layout::univariant`: for repr(Rust) the fields are sorted (largest alignment first,
// and among equal alignment the field with the largest niche first; enum variants after a tag are
// sorted the other way round so the first field can sit right after a small tag), then placed in
// that order, each at the next offset aligned for it. When the largest niche does not end up at
// the start, rustc tries a second, end-biased order and keeps it if it moves the niche closer to
// an edge — enclosing enums can then pack small variants beside it.
import { alignTo, type FieldLayout, type Layout, type Niche } from './layout';
import { keepsFieldOrder, type Repr } from './repr';

export interface FieldInput {
  name: string;
  layout: Layout;
  /** The field's type as written, for display. */
  type?: string;
}

/** `StructKind`: a plain struct, one whose last field may be unsized, or a variant after a tag. */
export type StructKind =
  | { kind: 'alwaysSized' }
  | { kind: 'maybeUnsized' }
  | { kind: 'prefixed'; size: number; align: number };

type NicheBias = 'start' | 'end';

const U64_MAX = (1n << 64n) - 1n;

function trailingZeros(n: number): number {
  let z = 0;
  while (n > 1 && n % 2 === 0) {
    n /= 2;
    z++;
  }
  return z;
}

function nicheAvailable(l: Layout): bigint {
  return l.niche?.available ?? 0n;
}

function compareBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The memory order rustc chooses: indices of `fields` by increasing offset. */
function memoryOrder(fields: FieldInput[], repr: Repr, kind: StructKind, bias: NicheBias): number[] {
  const order = fields.map((_, i) => i);
  if (keepsFieldOrder(repr) || fields.length <= 1) return order;
  const end = kind.kind === 'maybeUnsized' ? fields.length - 1 : fields.length;
  const head = fields.slice(0, end);
  const maxFieldAlign = Math.max(1, ...head.map((f) => f.layout.align));
  const largestNiche = head.reduce((m, f) => (nicheAvailable(f.layout) > m ? nicheAvailable(f.layout) : m), 0n);
  const pack = repr.packed;

  // rustc's `alignment_group_key`: log2 of an effective alignment. Fields whose size is a larger
  // power of two than their alignment ([u8; 4], [u8; 16]) are grouped as if they were that aligned.
  const groupKey = (l: Layout): number => {
    if (pack !== undefined) return Math.min(l.align, pack);
    const sizeAsAlign = trailingZeros(Math.max(l.align, l.size));
    if (largestNiche === 0n) return sizeAsAlign;
    if (bias === 'start') return Math.min(trailingZeros(maxFieldAlign), sizeAsAlign);
    return nicheAvailable(l) === largestNiche ? trailingZeros(l.align) : sizeAsAlign;
  };

  const sorted = order.slice(0, end);
  if (kind.kind === 'prefixed') {
    // Ascending alignment keeps the variant compact whatever the tag size; the largest niche of an
    // alignment group goes last so it can serve as the discriminant of a jagged enum.
    sorted.sort((a, b) => {
      const fa = fields[a]!.layout;
      const fb = fields[b]!.layout;
      return groupKey(fa) - groupKey(fb) || compareBig(nicheAvailable(fa), nicheAvailable(fb));
    });
  } else {
    const nicheKey = (l: Layout): bigint => (bias === 'start' ? U64_MAX * U64_MAX - nicheAvailable(l) : nicheAvailable(l));
    const innerKey = (l: Layout): bigint => {
      if (!l.niche) return 0n;
      return bias === 'start' ? BigInt(l.niche.offset) : U64_MAX - BigInt(l.size - l.niche.offset);
    };
    sorted.sort((a, b) => {
      const fa = fields[a]!.layout;
      const fb = fields[b]!.layout;
      return groupKey(fb) - groupKey(fa) || compareBig(nicheKey(fa), nicheKey(fb)) || compareBig(innerKey(fa), innerKey(fb));
    });
  }
  return [...sorted, ...order.slice(end)];
}

function univariantBiased(fields: FieldInput[], repr: Repr, kind: StructKind, bias: NicheBias): Layout {
  const pack = repr.packed;
  const order = memoryOrder(fields, repr, kind, bias);
  const offsets: number[] = new Array<number>(fields.length).fill(0);
  let align = 1;
  let offset = 0;
  let niche: Niche | null = null;
  let uninhabited = false;
  if (kind.kind === 'prefixed') {
    const prefixAlign = pack !== undefined ? Math.min(kind.align, pack) : kind.align;
    align = Math.max(align, prefixAlign);
    offset = alignTo(kind.size, prefixAlign);
  }
  for (const i of order) {
    const field = fields[i]!.layout;
    const fieldAlign = pack !== undefined ? Math.min(field.align, pack) : field.align;
    offset = alignTo(offset, fieldAlign);
    align = Math.max(align, fieldAlign);
    offsets[i] = offset;
    if (field.uninhabited) uninhabited = true;
    if (field.niche) {
      const prefer = bias === 'start' ? field.niche.available > (niche?.available ?? 0n) : field.niche.available >= (niche?.available ?? 0n);
      if (prefer) niche = { ...field.niche, offset: field.niche.offset + offset };
    }
    offset += field.size;
  }
  if (repr.align !== undefined) align = Math.max(align, repr.align);
  const size = alignTo(offset, align);
  const fieldLayouts: FieldLayout[] = fields.map((f, i) => {
    const out: FieldLayout = { name: f.name, offset: offsets[i]!, size: f.layout.size, align: f.layout.align };
    if (f.type !== undefined) out.type = f.type;
    return out;
  });
  const used = fields.reduce((s, f) => s + f.layout.size, 0) + (kind.kind === 'prefixed' ? kind.size : 0);
  const layout: Layout = { known: true, size, align, fields: fieldLayouts, padding: size - used, niche, memoryOrder: order };
  if (uninhabited) layout.uninhabited = true;
  if (!keepsFieldOrder(repr) && fields.length > 1) layout.fieldOrderIsRustcChoice = true;
  return layout;
}

/** Lays out the fields of one variant the way rustc does (offsets returned in declaration order). */
export function univariant(fields: FieldInput[], repr: Repr, kind: StructKind = { kind: 'alwaysSized' }): Layout {
  const layout = univariantBiased(fields, repr, kind, 'start');
  if (kind.kind === 'maybeUnsized' || !layout.niche || fields.length <= 1) return layout;
  const headSpace = layout.niche.offset;
  const tailSpace = layout.size - headSpace - layout.niche.bytes;
  if (headSpace === 0 || tailSpace <= 0) return layout;
  const alt = univariantBiased(fields, repr, kind, 'end');
  if (!alt.niche) return layout;
  const altHead = alt.niche.offset;
  return altHead > headSpace && altHead > tailSpace ? alt : layout;
}

/** A union: every field at offset 0; no niche survives. */
export function unionLayout(fields: FieldInput[], repr: Repr): Layout {
  const pack = repr.packed;
  let align = 1;
  let size = 0;
  for (const f of fields) {
    align = Math.max(align, pack !== undefined ? Math.min(f.layout.align, pack) : f.layout.align);
    size = Math.max(size, f.layout.size);
  }
  if (repr.align !== undefined) align = Math.max(align, repr.align);
  const total = alignTo(size, align);
  const fieldLayouts = fields.map((f) => {
    const out: FieldLayout = { name: f.name, offset: 0, size: f.layout.size, align: f.layout.align };
    if (f.type !== undefined) out.type = f.type;
    return out;
  });
  return { known: true, size: total, align, fields: fieldLayouts, padding: total - size, niche: null };
}
