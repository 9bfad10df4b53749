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

  /** `nodeCount`: the Ast's, to size the stamps (a node beyond it still gets one). */
  constructor(readonly slots: NodeTable<V>, nodeCount: number) {
    this.stamps = new Int32Array(nodeCount);
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
      const stamps = new Int32Array(Math.max(id + 1, 2 * this.stamps.length));
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
    return this.scratch.wrote(id, this.stamp) ? this.scratch.slots.get(id) : undefined;
  }

  set(id: NodeId, value: V): void {
    if (this.scratch.claim(id, this.stamp)) this.ids.push(id);
    this.scratch.slots.set(id, value);
  }

  *values(): IterableIterator<V> {
    const slots = this.scratch.slots;
    for (const id of this.ids) yield slots.get(id)!;
  }

  /** Replaces each of the body's entries by `f` of it (its final type, when the body is done). */
  update(f: (value: V) => V): void {
    const slots = this.scratch.slots;
    const ids = this.ids;
    for (let i = 0; i < ids.length; i++) {
      const v = slots.get(ids[i]!)!;
      const r = f(v);
      if (r !== v) slots.set(ids[i]!, r);
    }
  }
}
