// The type checker's per-body side tables over the run's tables by node id (syntax/nodeTable.ts).
import type { NodeId } from '../syntax/ast';
import type { NodeTable } from '../syntax/nodeTable';

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
