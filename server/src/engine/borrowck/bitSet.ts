// A fixed-size set of small integers (move paths, loans, locals), the state every dataflow
// analysis of the borrow checker works on.

export class BitSet {
  readonly words: Uint32Array;

  constructor(readonly size: number, words?: Uint32Array) {
    this.words = words ?? new Uint32Array((size + 31) >>> 5);
  }

  has(i: number): boolean {
    return (this.words[i >>> 5]! & (1 << (i & 31))) !== 0;
  }

  add(i: number): void {
    this.words[i >>> 5]! |= 1 << (i & 31);
  }

  delete(i: number): void {
    this.words[i >>> 5]! &= ~(1 << (i & 31));
  }

  /** Removes `count` members from `start` on, a word at a time (a mask for each partial word). */
  clearRange(start: number, count: number): void {
    if (count <= 0) return;
    const words = this.words;
    const end = start + count;
    const first = start >>> 5;
    const last = (end - 1) >>> 5;
    // The bits of the first word from `start` on, and of the last word below `end`.
    const fromStart = 0xffffffff << (start & 31);
    const belowEnd = (end & 31) === 0 ? 0xffffffff : (1 << (end & 31)) - 1;
    if (first === last) {
      words[first]! &= ~(fromStart & belowEnd);
      return;
    }
    words[first]! &= ~fromStart;
    for (let w = first + 1; w < last; w++) words[w] = 0;
    words[last]! &= ~belowEnd;
  }

  clone(): BitSet {
    return new BitSet(this.size, this.words.slice());
  }

  /** Adds every member of `other`; returns whether this set grew. */
  union(other: BitSet): boolean {
    let changed = false;
    for (let w = 0; w < this.words.length; w++) {
      const merged = (this.words[w]! | other.words[w]!) >>> 0;
      if (merged !== this.words[w]) {
        this.words[w] = merged;
        changed = true;
      }
    }
    return changed;
  }

  /** Keeps only the members of `other`; returns whether this set shrank. */
  intersect(other: BitSet): boolean {
    let changed = false;
    for (let w = 0; w < this.words.length; w++) {
      const kept = (this.words[w]! & other.words[w]!) >>> 0;
      if (kept !== this.words[w]) {
        this.words[w] = kept;
        changed = true;
      }
    }
    return changed;
  }

  subtract(other: BitSet): void {
    for (let w = 0; w < this.words.length; w++) this.words[w]! &= ~other.words[w]!;
  }

  copyFrom(other: BitSet): void {
    this.words.set(other.words);
  }

  fill(): void {
    this.words.fill(0xffffffff);
    const extra = this.words.length * 32 - this.size;
    if (extra > 0) this.words[this.words.length - 1] = 0xffffffff >>> extra;
  }

  clear(): void {
    this.words.fill(0);
  }

  equals(other: BitSet): boolean {
    for (let w = 0; w < this.words.length; w++) if (this.words[w] !== other.words[w]) return false;
    return true;
  }

  isEmpty(): boolean {
    const words = this.words;
    for (let w = 0; w < words.length; w++) if (words[w] !== 0) return false;
    return true;
  }

  /** The members in increasing order. */
  members(): number[] {
    const out: number[] = [];
    const words = this.words;
    for (let w = 0; w < words.length; w++) {
      let bits = words[w]!;
      while (bits !== 0) {
        const low = bits & -bits;
        out.push(w * 32 + (31 - Math.clz32(low)));
        bits ^= low;
      }
    }
    return out;
  }

  // An array's iterator, not a generator: sets are iterated at every location of every analysis.
  [Symbol.iterator](): IterableIterator<number> {
    return this.members()[Symbol.iterator]();
  }
}
