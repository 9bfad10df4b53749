// Side tables keyed by the Ast's node ids, which are dense (`[0, nodeCount)`): an array indexed
// by id costs no hashing and no growing hash table per entry, where type checking records a type
// for every expression and pattern of the file.
import type { NodeId } from '../syntax/ast';

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

/**
 * The type checker's per-body tables over one run's `NodeTable`: bodies are checked one at a
 * time, so each body writes its entries straight into the run's slots, each slot stamped with the
 * body that wrote it, and a body sees only its own entries, as if it had a Map of its own.
 */
export class BodyScratch<V> {
  private stamps: Int32Array;
  private bodies = 0;

  constructor(readonly slots: NodeTable<V>) {
    this.stamps = new Int32Array(slots.items.length);
  }

  /** A new body's table: empty, whatever earlier bodies wrote. */
  table(): BodyTable<V> {
    return new BodyTable(this, ++this.bodies);
  }

  /** Whether body `stamp` wrote `id`'s slot. */
  wrote(id: NodeId, stamp: number): boolean {
    return id < this.stamps.length && this.stamps[id] === stamp;
  }

  /** Stamps `id`'s slot as body `stamp`'s; false when it already was. */
  claim(id: NodeId, stamp: number): boolean {
    if (id >= this.stamps.length) {
      this.slots.reach(id);
      const stamps = new Int32Array(this.slots.items.length);
      stamps.set(this.stamps);
      this.stamps = stamps;
    }
    if (this.stamps[id] === stamp) return false;
    this.stamps[id] = stamp;
    return true;
  }
}

/** One body's table; iterated in the order ids were first set, as a Map is. */
export class BodyTable<V> {
  private readonly ids: NodeId[] = [];

  constructor(
    private readonly scratch: BodyScratch<V>,
    private readonly stamp: number,
  ) {}

  get(id: NodeId): V | undefined {
    return this.scratch.wrote(id, this.stamp) ? this.scratch.slots.items[id] : undefined;
  }

  set(id: NodeId, value: V): void {
    if (this.scratch.claim(id, this.stamp)) this.ids.push(id);
    this.scratch.slots.items[id] = value;
  }

  *values(): IterableIterator<V> {
    const items = this.scratch.slots.items;
    for (const id of this.ids) yield items[id]!;
  }

  /** Replaces each of the body's entries by `f` of it (its final type, when the body is done). */
  update(f: (value: V) => V): void {
    const items = this.scratch.slots.items;
    for (const id of this.ids) items[id] = f(items[id]!);
  }
}
