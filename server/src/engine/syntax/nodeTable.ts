// Side tables keyed by the Ast's node ids, which are dense (`[0, nodeCount)`): an array indexed
// by id costs no hashing and no growing hash table per entry, where name resolution records what
// every path names and type checking a type for every expression and pattern of the file.
import type { NodeId } from './ast';

/** A table of one run: a slot per node of the file. */
export class NodeTable<V> {
  /** The slots, by node id; `BodyTable`s write them too. */
  readonly items: (V | undefined)[];

  constructor(nodeCount: number) {
    this.items = new Array<V | undefined>(nodeCount).fill(undefined);
  }

  get(id: NodeId): V | undefined {
    return this.items[id];
  }

  has(id: NodeId): boolean {
    return this.items[id] !== undefined;
  }

  set(id: NodeId, value: V): this {
    this.reach(id);
    this.items[id] = value;
    return this;
  }

  /** The values in node order. */
  *values(): IterableIterator<V> {
    for (const v of this.items) if (v !== undefined) yield v;
  }

  /** Makes a slot for `id`: a node beyond the file's count (none is expected) still gets one. */
  reach(id: NodeId): void {
    while (id >= this.items.length) this.items.push(undefined);
  }
}
