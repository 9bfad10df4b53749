/**
 * Leaks at the end of a run: every heap block still allocated when the program ended (after
 * `main`'s locals dropped, or after a panic unwound them) is a leak — `mem::forget`, `Box::leak`,
 * and above all `Rc`/`Arc` reference cycles. For a block that sits on a cycle of strong pointers
 * the leak also lists the cycle, starting from that block: each edge names the field path holding
 * the strong pointer and the line that made that pointer (`Rc::new`, `Rc::clone`, `upgrade`).
 */
import type { CycleEdge, Leak } from '../../../../../protocol/trace';
import { Arr, BoxV, Closure, Enum, HeapBlock, Native, Struct, Tuple, VecV, CapRef, type Value } from '../values';
import { RC, WEAK, type RcData } from '../std/rc';
import { CELL, REFCELL, type CellData } from '../std/cell';
import { MUTEX, RWLOCK } from '../std/sync';
import { BTREE_MAP, BTREE_SET, HASH_MAP, HASH_SET } from '../std/collections';
import { mapEntries, type MapData } from '../std/mapcore';
import { treeBlocks } from '../std/btreeMap';
import { VEC_DEQUE } from '../std/vecdeque';
import { JOIN_HANDLE } from '../std/thread';
import { heapPointers } from '../std/pointers';

const RC_KINDS = new Set(['rc', 'rc-str', 'rc-slice']);
const MAPS = new Set([HASH_MAP, HASH_SET, BTREE_MAP, BTREE_SET]);

/**
 * Strong `Rc`/`Arc` pointers owned by a value: the value's own fields and elements, and what its
 * boxes, buffers, cells, locks and maps own — but not what another `Rc` owns (that is the next
 * edge) nor what a `Weak` or a reference points to.
 */
export function strongPointers(v: Value, via: string, out: { block: HeapBlock; via: string; line: number }[], depth = 0): void {
  if (depth > 64 || v === undefined || typeof v !== 'object') return;
  const at = (suffix: string) => (via ? `${via}${suffix}` : suffix.replace(/^\./, ''));
  if (v instanceof Native) {
    const cls = v.cls;
    if (cls === RC) {
      const d = v.data as RcData;
      out.push({ block: d.block, via: via || '(value)', line: d.line });
    } else if (cls === WEAK) {
      // A weak pointer owns nothing.
    } else if (cls === CELL || cls === REFCELL || cls === MUTEX || cls === RWLOCK) {
      strongPointers((v.data as CellData).slot[0], via, out, depth + 1);
    } else if (MAPS.has(cls)) {
      mapEntries(v.data as MapData).forEach((e, i) => {
        strongPointers(e[0], at(`[key ${i}]`), out, depth + 1);
        strongPointers(e[1], at(`[${i}]`), out, depth + 1);
      });
    } else if (cls === VEC_DEQUE) {
      strongPointers((v.data as { buf: VecV }).buf, via, out, depth + 1);
    } else if (cls === JOIN_HANDLE) {
      strongPointers((v.data as { out: { value: Value } }).out.value, via, out, depth + 1);
    }
    return;
  }
  if (v instanceof Struct) {
    v.f.forEach((x, i) => strongPointers(x, at(`.${v.def.fieldNames[i] ?? i}`), out, depth + 1));
  } else if (v instanceof Enum) {
    // `Some(rc)` reads as the field that holds the option.
    const transparent = v.def.builtin && v.f.length === 1;
    v.f.forEach((x, i) => strongPointers(x, transparent ? via : at(`.${i}`), out, depth + 1));
  } else if (v instanceof Tuple) {
    v.items.forEach((x, i) => strongPointers(x, at(`.${i}`), out, depth + 1));
  } else if (v instanceof Arr) {
    v.items.forEach((x, i) => strongPointers(x, at(`[${i}]`), out, depth + 1));
  } else if (v instanceof VecV) {
    v.block.items.forEach((x, i) => strongPointers(x, at(`[${i}]`), out, depth + 1));
  } else if (v instanceof BoxV) {
    strongPointers(v.block.items[0], via, out, depth + 1);
  } else if (v instanceof Closure) {
    v.env.forEach((x) => {
      if (!(x instanceof CapRef)) strongPointers(x, via, out, depth + 1);
    });
  }
}

/**
 * The leaks of a finished run, given the blocks still allocated, in allocation order. Blocks that a
 * `static` owns (directly or through the blocks it owns) are not leaks: a static lives as long as
 * the program, by design.
 */
export function findLeaks(live: Iterable<HeapBlock>, statics: Value[] = []): Leak[] {
  const owned = ownedBy(statics);
  const blocks = [...live].filter((b) => !b.freed && b.id > 0 && !owned.has(b)).sort((a, b) => a.id - b.id);
  const leaked = new Set(blocks.map((b) => b.id));
  // Strong edges between leaked Rc blocks.
  const edges = new Map<number, CycleEdge[]>();
  for (const b of blocks) {
    if (!RC_KINDS.has(b.kind)) continue;
    const out: { block: HeapBlock; via: string; line: number }[] = [];
    strongPointers(b.items[0], '', out);
    edges.set(b.id, out.filter((p) => leaked.has(p.block.id)).map((p) => ({ from: b.id, to: p.block.id, via: p.via, line: p.line })));
  }
  return blocks.map((b) => {
    const leak: Leak = { block: b.id, type: b.type, size: b.size, line: b.line };
    const cycle = edges.has(b.id) ? cycleThrough(b.id, edges) : null;
    if (cycle) leak.cycle = cycle;
    return leak;
  });
}

/** Every block reachable from `roots` through owning and strong pointers. */
function ownedBy(roots: Value[]): Set<HeapBlock> {
  const seen = new Set<HeapBlock>();
  const queue: HeapBlock[] = [];
  const visit = (v: Value) => {
    for (const p of heapPointers(v)) {
      if ((p.kind === 'owner' || p.kind === 'strong') && !seen.has(p.block)) {
        seen.add(p.block);
        queue.push(p.block);
      }
    }
  };
  roots.forEach(visit);
  for (let i = 0; i < queue.length; i++) {
    const b = queue[i]!;
    b.items.forEach(visit);
    // A map's entries live beside its table block; a B-tree's root owns the other nodes.
    if (b.kind === 'btree-nodes' && (b.data as MapData).block !== b) continue;
    if (b.kind === 'btree-nodes') for (const n of treeBlocks(b.data as MapData)) seen.add(n);
    if (b.kind === 'hash-table' || b.kind === 'btree-nodes') for (const e of mapEntries(b.data as MapData)) e.forEach(visit);
  }
  return seen;
}

/** The shortest chain of strong edges from `start` back to itself, or null. */
function cycleThrough(start: number, edges: Map<number, CycleEdge[]>): CycleEdge[] | null {
  const prev = new Map<number, CycleEdge>();
  const queue: number[] = [start];
  for (let qi = 0; qi < queue.length; qi++) {
    const n = queue[qi]!;
    for (const e of edges.get(n) ?? []) {
      if (e.to === start) {
        const chain = [e];
        for (let at = n; at !== start; ) {
          const p = prev.get(at)!;
          chain.unshift(p);
          at = p.from;
        }
        return chain;
      }
      if (!prev.has(e.to) && e.to !== start) {
        prev.set(e.to, e);
        queue.push(e.to);
      }
    }
  }
  return null;
}
