// What each heap block is called in Rust's words, from the pointer that first leads to it: a
// buffer is the `[u8; 8]` of `s` or the `[String; 8]` of `words`, a box's or an `Rc`'s contents
// are `*list.1` or `*a`, an element is `words[2]`. Pure (state in, names out).
import type { FrameState, HeapBlockState, Pointer } from '../../protocol/trace';

export interface BlockName {
  /** The block's type as a learner reads it (`[u8; 8]` for a `String`'s buffer). */
  title: string;
  /** `of s` for a buffer, `*list.1` for a pointee; empty when nothing points at the block. */
  owner: string;
}

/** A place plus a pointer's path inside it (`next`, `1`, `[0].next`). */
export function joinPlace(base: string, via: string): string {
  if (!via) return base;
  const operand = base.startsWith('*') ? `(${base})` : base;
  return via.startsWith('[') ? `${operand}${via}` : `${operand}.${via}`;
}

/** A growable buffer (`Vec`, `String`, `VecDeque`): the block holds elements, not one value. */
export function isBuffer(b: HeapBlockState): boolean {
  return b.capacity !== undefined;
}

/** `[u8; 8]` for a `String`'s buffer, `[String; 8]` for a `Vec<String>`'s: what the allocation holds. */
export function blockTitle(b: HeapBlockState): string {
  if (b.capacity === undefined) return b.type;
  if (b.type === 'str') return `[u8; ${b.capacity}]`;
  const m = /^\[(.*)\]$/.exec(b.type);
  return m ? `[${m[1]}; ${b.capacity}]` : b.type;
}

/**
 * Names of every block, breadth first from the stack (frames innermost last, as the trace lists
 * them): the first pointer found names the block.
 */
export function blockNames(frames: readonly FrameState[], blocks: readonly HeapBlockState[]): Map<number, BlockName> {
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const place = new Map<number, string>();
  const queue: number[] = [];
  const reach = (base: string, p: Pointer) => {
    if (p.target.kind !== 'block' || place.has(p.target.id)) return;
    const target = byId.get(p.target.id);
    if (!target) return;
    const ptr = joinPlace(base, p.via);
    // A buffer's elements are `v[i]`: the block is named by the vector; a pointee by `*pointer`.
    place.set(target.id, isBuffer(target) ? ptr : `*${ptr}`);
    queue.push(target.id);
  };
  for (const f of frames) for (const v of f.vars) for (const p of v.points) reach(v.name, p);
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const p of byId.get(id)!.points) reach(place.get(id)!, p);
  }
  const out = new Map<number, BlockName>();
  for (const b of blocks) {
    const p = place.get(b.id);
    out.set(b.id, { title: blockTitle(b), owner: p === undefined ? '' : isBuffer(b) ? `of ${p}` : p });
  }
  return out;
}
