// Side tables keyed by the Ast's node ids, which are dense (`[0, nodeCount)`): arrays indexed by
// id cost no hashing and no growing hash table per entry, where name resolution records what every
// path names and type checking a type for every expression and pattern of the file. The slots
// come in chunks made on first use: one array for a whole file's nodes would be too large for
// V8's ordinary heap (its large-object space costs far more to allocate and collect).
import type { NodeId } from './ast';

/** Slots per chunk (a power of two). */
const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;

/** A table of one run: a slot per node of the file. */
export class NodeTable<V> {
  private readonly chunks: ((V | undefined)[] | undefined)[] = [];

  get(id: NodeId): V | undefined {
    return this.chunks[id >> CHUNK_BITS]?.[id & (CHUNK - 1)];
  }

  has(id: NodeId): boolean {
    return this.get(id) !== undefined;
  }

  set(id: NodeId, value: V): this {
    const c = id >> CHUNK_BITS;
    let chunk = this.chunks[c];
    if (chunk === undefined) {
      while (this.chunks.length < c) this.chunks.push(undefined);
      this.chunks[c] = chunk = new Array<V | undefined>(CHUNK).fill(undefined);
    }
    chunk[id & (CHUNK - 1)] = value;
    return this;
  }

  /** The values in node order. */
  *values(): IterableIterator<V> {
    for (const chunk of this.chunks) if (chunk) for (const v of chunk) if (v !== undefined) yield v;
  }
}
