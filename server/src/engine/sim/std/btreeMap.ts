// A B-tree map's storage as a whole: taking its entries and nodes out for a consuming iterator,
// the bulk build, `clone` and `append`, each allocating and freeing the nodes (btree.ts) in
// the order std does, beside the sorted entry array (mapcore.ts).
import type { Interp } from '../interp/interp';
import { UNIT, type HeapBlock, type Value } from '../values';
import { Teardown } from './btreeTeardown';
import { cmpKeys, dropEntries, learnNodeSizes, shapeChanged, type Entry, type MapData } from './mapcore';

/**
 * Moves a B-tree's entries and nodes out, leaving it empty and without a root (the map's drop,
 * `into_iter`, `clear`): the teardown frees each node as the consumer moves past it.
 */
export function treeTakeAll(d: MapData): { entries: Entry[]; nodes: Teardown } {
  const entries = d.tree!.slice();
  d.tree!.length = 0;
  const shape = d.shape!;
  const nodes = new Teardown((n) => shape.freeNode(n), shape.detach());
  shapeChanged(d);
  return { entries, nodes };
}

/** Entries dropped in order, each after the nodes the front of the teardown leaves behind; then the rest of the nodes. */
export function dropTree(I: Interp, t: { entries: Entry[]; nodes: Teardown }, path: string, reason: 'owner' | 'explicit'): void {
  for (let i = 0; i < t.entries.length; i++) {
    t.nodes.front(i);
    dropEntries(I, [t.entries[i]!], path, reason);
  }
  t.nodes.end();
}

/** std's bulk build from sorted keys: the root leaf first, then one key at a time at the end. */
export function treeBulkStart(d: MapData, first: Entry): void {
  learnNodeSizes(d);
  d.shape!.bulkStart();
  shapeChanged(d);
}

export function treeBulkPush(d: MapData, key: Value, value: Value): void {
  d.tree!.push([key, d.set ? UNIT : value]);
  d.shape!.bulkPush();
  shapeChanged(d);
}

export function treeBulkFinish(d: MapData): void {
  d.shape!.bulkFinish();
  shapeChanged(d);
}

/** A copy of a B-tree's entries and shape, node by node as std's `clone` makes it. */
export function treeClone(d: MapData, c: MapData): void {
  const entries = d.tree!;
  if (entries.length === 0) return;
  c.nodeSizes = d.nodeSizes;
  let i = 0;
  d.shape!.cloneInto(c.shape!, () => {
    const e = entries[i++]!;
    c.tree!.push([d.I.clone(e[0]), d.set ? UNIT : d.I.clone(e[1])]);
  });
  shapeChanged(c);
}

/**
 * std's `append`: an empty side swaps; otherwise both trees are consumed in key order (each
 * freeing its nodes as it goes, the other map's pair dropped where keys are equal) into a new tree
 * built in bulk.
 */
export function treeAppend(d: MapData, o: MapData): void {
  if (o.tree!.length === 0) return;
  if (d.tree!.length === 0) return treeSwap(d, o);
  const I = d.I;
  const a = treeTakeAll(d);
  const b = treeTakeAll(o);
  treeBulkStart(d, a.entries[0]!);
  let ia = 0;
  let ib = 0;
  const nextA = (): Entry | undefined => {
    if (ia < a.entries.length) a.nodes.front(ia);
    else a.nodes.end();
    return a.entries[ia++];
  };
  const nextB = (): Entry | undefined => {
    if (ib < b.entries.length) b.nodes.front(ib);
    else b.nodes.end();
    return b.entries[ib++];
  };
  let peekedA: Entry | undefined;
  let peekedB: Entry | undefined;
  for (;;) {
    let x: Entry | undefined;
    let y: Entry | undefined;
    if (peekedA) [x, y] = [peekedA, nextB()];
    else if (peekedB) [y, x] = [peekedB, nextA()];
    else [x, y] = [nextA(), nextB()];
    peekedA = peekedB = undefined;
    if (x && y) {
      const c = cmpKeys(I, x[0], y[0]);
      if (c < 0) [peekedB, y] = [y, undefined];
      else if (c > 0) [peekedA, x] = [x, undefined];
      else dropEntries(I, [x], 'replaced entry', 'explicit');
    }
    const e = y ?? x;
    if (!e) break;
    treeBulkPush(d, e[0], e[1]);
  }
  treeBulkFinish(d);
}

/** Two B-trees trade entries and nodes (`mem::swap`); each node block follows its new owner. */
function treeSwap(d: MapData, o: MapData): void {
  [d.tree, o.tree] = [o.tree, d.tree];
  [d.shape, o.shape] = [o.shape, d.shape];
  [d.shape!.heap, o.shape!.heap] = [o.shape!.heap, d.shape!.heap];
  [d.nodeSizes, o.nodeSizes] = [o.nodeSizes ?? d.nodeSizes, d.nodeSizes ?? o.nodeSizes];
  for (const m of [d, o]) {
    for (const n of m.shape!.nodes()) {
      n.block.data = m;
      m.shape!.touched.add(n);
    }
    if (!m.shape!.root) m.block = m.I.dangling('btree-nodes', m.block.type);
    shapeChanged(m);
  }
}

/** Every node block of a B-tree, the root first. */
export function treeBlocks(d: MapData): HeapBlock[] {
  return d.shape ? d.shape.nodes().map((n) => n.block) : [];
}
