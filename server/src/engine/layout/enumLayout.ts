// Enum layout as rustc 1.95 computes it (`layout_of_struct_or_enum` / `layout_of_enum`): an enum
// with one present variant is laid out like a struct; otherwise rustc builds two candidates, a
// direct tag in front of every variant and, when the largest variant has a niche with enough
// invalid values, a niche-filling layout that stores the tag inside that niche (if all other
// variants fit before or after it). The smaller wins; on a tie the larger remaining niche wins;
// otherwise the tagged layout.
import { alignTo, NEVER, type FieldLayout, type Layout, type VariantLayout } from './layout';
import { discrInteger, inhibitsEnumLayoutOpt, integerForAlign, type Repr } from './repr';
import { univariant, type FieldInput } from './univariant';

export interface VariantInput {
  name: string;
  fields: FieldInput[];
  /** The discriminant value (explicit `= N` or the previous one plus one). */
  discriminant: bigint;
}

/** A variant that can never exist and takes no space: rustc drops it from the layout. */
function isAbsent(v: VariantInput): boolean {
  return v.fields.some((f) => f.layout.uninhabited) && v.fields.every((f) => f.layout.size === 0 && f.layout.align === 1);
}

function shifted(fields: FieldLayout[] | undefined, by: number): FieldLayout[] {
  return (fields ?? []).map((f) => ({ ...f, offset: f.offset + by }));
}

interface Candidate {
  layout: Layout;
  variants: VariantLayout[];
}

function nicheFilling(variants: VariantInput[], repr: Repr): Candidate | null {
  if (variants.length < 2) return null;
  let align = 1;
  const layouts = variants.map((v) => {
    const st = univariant(v.fields, repr, { kind: 'alwaysSized' });
    align = Math.max(align, st.align);
    return st;
  });
  // `max_by_key` keeps the last of equally large variants.
  let largest = 0;
  layouts.forEach((l, i) => {
    if (l.size >= layouts[largest]!.size) largest = i;
  });
  const needsDisc = (i: number) => i !== largest && !isAbsent(variants[i]!);
  const first = variants.findIndex((_, i) => needsDisc(i));
  let last = -1;
  variants.forEach((_, i) => {
    if (needsDisc(i)) last = i;
  });
  if (first < 0) return null;
  const count = BigInt(last - first + 1);
  const niche = layouts[largest]!.niche;
  if (!niche || count > niche.available) return null;
  const size = alignTo(layouts[largest]!.size, align);
  const out: VariantLayout[] = [];
  for (let i = 0; i < variants.length; i++) {
    const l = layouts[i]!;
    let at = 0;
    if (i !== largest && l.size > niche.offset) {
      at = alignTo(niche.offset + niche.bytes, l.align);
      if (at + l.size > size) return null;
    }
    out.push({ name: variants[i]!.name, size: l.size, fields: shifted(l.fields, at) });
  }
  const remaining = niche.available - count;
  const layout: Layout = {
    known: true,
    size,
    align,
    padding: 0,
    niche: remaining > 0n ? { ...niche, available: remaining } : null,
    tag: { encoding: 'niche', offset: niche.offset, size: niche.bytes, untaggedVariant: variants[largest]!.name },
  };
  if (layouts.some((l) => l.uninhabited) && layouts.every((l) => l.uninhabited)) layout.uninhabited = true;
  return { layout, variants: out };
}

function tagged(variants: VariantInput[], repr: Repr): Candidate {
  let min: bigint | undefined;
  let max: bigint | undefined;
  for (const v of variants) {
    if (!repr.c && v.fields.some((f) => f.layout.uninhabited)) continue;
    if (min === undefined || v.discriminant < min) min = v.discriminant;
    if (max === undefined || v.discriminant > max) max = v.discriminant;
  }
  min ??= 0n;
  max ??= 0n;
  const minIty = discrInteger(repr, min, max);
  let prefixAlign = minIty.bytes as number;
  if (repr.c) for (const v of variants) for (const f of v.fields) prefixAlign = Math.max(prefixAlign, f.layout.align);

  let size = 0;
  let align = 1;
  let startAlign = 256;
  const layouts = variants.map((v) => {
    const st = univariant(v.fields, repr, { kind: 'prefixed', size: minIty.bytes, align: prefixAlign });
    // The first field that cannot move later bounds how wide the tag may grow.
    for (const i of st.memoryOrder ?? []) {
      const f = v.fields[i]!.layout;
      if (!(f.size === 0 && f.align === 1)) {
        startAlign = Math.min(startAlign, f.align);
        break;
      }
    }
    size = Math.max(size, st.size);
    align = Math.max(align, st.align);
    return st;
  });
  size = alignTo(size, align);

  // rustc widens the tag up to the alignment of the first field of every variant, so that
  // copying the enum never copies uninitialised padding after the tag.
  let ity = inhibitsEnumLayoutOpt(repr) ? minIty.bytes : (integerForAlign(startAlign) ?? minIty.bytes);
  if (ity <= minIty.bytes) ity = minIty.bytes;
  else {
    for (const l of layouts) {
      for (const f of l.fields ?? []) if (f.offset <= minIty.bytes) f.offset = ity;
      if (l.size <= minIty.bytes) l.size = ity;
    }
  }
  const valid = max - min + 1n;
  const available = (1n << BigInt(ity * 8)) - valid;
  const layout: Layout = {
    known: true,
    size,
    align,
    padding: 0,
    niche: available > 0n ? { offset: 0, bytes: ity, available } : null,
    tag: { encoding: 'direct', offset: 0, size: ity },
  };
  const out = variants.map((v, i) => ({
    name: v.name,
    size: layouts[i]!.size,
    fields: layouts[i]!.fields ?? [],
    discriminant: v.discriminant,
  }));
  return { layout, variants: out };
}

/**
 * Lays out an enum. `explicitDiscriminants`: some variant has `= value`, which turns off niche
 * filling in rustc.
 */
export function enumLayout(variants: VariantInput[], repr: Repr, explicitDiscriminants = false): Layout {
  const present = variants.filter((v) => repr.c || !isAbsent(v));
  if (present.length === 0) return { ...NEVER, variants: [] };
  if (present.length === 1 && !inhibitsEnumLayoutOpt(repr)) {
    const only = present[0]!;
    const st = univariant(only.fields, repr, { kind: 'alwaysSized' });
    const vl: VariantLayout[] = variants.map((v) =>
      v === only
        ? { name: v.name, size: st.size, fields: st.fields ?? [] }
        : { name: v.name, size: 0, fields: v.fields.map((f) => ({ name: f.name, offset: 0, size: f.layout.size, align: f.layout.align, ...(f.type !== undefined ? { type: f.type } : {}) })) });
    const { fields: _f, memoryOrder: _m, ...rest } = st;
    return { ...rest, variants: vl };
  }
  const t = tagged(variants, repr);
  const n = explicitDiscriminants || inhibitsEnumLayoutOpt(repr) ? null : nicheFilling(variants, repr);
  let best = t;
  if (n) {
    const nAvail = n.layout.niche?.available ?? 0n;
    const tAvail = t.layout.niche?.available ?? 0n;
    if (t.layout.size > n.layout.size || (t.layout.size === n.layout.size && tAvail < nAvail)) best = n;
  }
  const directTag = best.layout.tag?.encoding === 'direct' ? best.layout.tag.size : 0;
  const used = Math.max(0, ...best.variants.map((v) => v.fields.reduce((s, f) => s + f.size, 0) + directTag));
  const result: Layout = { ...best.layout, variants: best.variants, padding: best.layout.size - used };
  if (variants.every((v) => v.fields.some((f) => f.layout.uninhabited))) result.uninhabited = true;
  return result;
}
