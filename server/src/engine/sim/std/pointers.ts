// The heap pointers a value holds, for `NativeClass.pointers` of types that contain arbitrary
// values (cells, locks, map entries): the trace draws an arrow for each, with the field path.
import { Arr, BoxV, Closure, Enum, HeapBlock, Native, Ref, StringV, Struct, Tuple, VecV, CapRef, type Value } from '../values';

export interface HeapPointer {
  block: HeapBlock;
  kind: 'owner' | 'strong' | 'weak' | 'ref' | 'mut-ref' | 'raw';
  via: string;
}

function join(a: string, b: string): string {
  return a ? (b ? `${a}.${b}` : a) : b;
}

export function heapPointers(v: Value, via = '', out: HeapPointer[] = [], depth = 0): HeapPointer[] {
  if (depth > 6 || typeof v !== 'object' || v === undefined) return out;
  if (v instanceof StringV || v instanceof VecV || v instanceof BoxV) {
    if (v.block.id > 0 && !v.block.freed) out.push({ block: v.block, kind: 'owner', via });
  } else if (v instanceof Ref || v instanceof CapRef) {
    if (v.root instanceof HeapBlock && v.root.id > 0 && !v.root.freed) out.push({ block: v.root, kind: v.mut ? 'mut-ref' : 'ref', via });
  } else if (v instanceof Struct) {
    v.f.forEach((x, i) => heapPointers(x, join(via, v.def.fieldNames[i] ?? String(i)), out, depth + 1));
  } else if (v instanceof Enum) {
    const variant = v.def.variants[v.vi]!;
    // As in trace/summary.ts: the one payload of `Some(b)` adds no `.0` to the path.
    const only = variant.shape === 'tuple' && v.f.length === 1;
    v.f.forEach((x, i) => heapPointers(x, only ? via : join(via, variant.fieldNames[i] ?? String(i)), out, depth + 1));
  } else if (v instanceof Tuple || v instanceof Arr) {
    v.items.forEach((x, i) => heapPointers(x, v instanceof Arr ? `${via}[${i}]` : join(via, String(i)), out, depth + 1));
  } else if (v instanceof Closure) {
    v.env.forEach((x, i) => heapPointers(x, join(via, v.def.captureNames?.[i] ?? String(i)), out, depth + 1));
  } else if (v instanceof Native && v.cls.pointers) {
    for (const p of v.cls.pointers(v.data)) out.push({ block: p.block, kind: p.kind, via: join(via, p.via) });
  }
  return out;
}
