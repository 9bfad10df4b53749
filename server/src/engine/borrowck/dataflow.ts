// The dataflow framework of the borrow checker, shaped like rustc's `rustc_mir_dataflow`: an
// analysis gives each statement and terminator an effect on a bitset, states meet by union (every
// analysis here is a "may" analysis), and the engine iterates to a fixpoint visiting blocks in
// reverse post-order (forward) or post-order (backward). The result keeps the state at every
// location, so a check can ask "what holds just before this statement" in constant time.
import type { Statement, Terminator } from '../mir/syntax';
import { BitSet } from './bitSet';
import type { Cfg, Location } from './cfg';

export interface Analysis {
  readonly direction: 'forward' | 'backward';
  readonly domainSize: number;
  /** The state where the walk starts: the start block's entry (forward); ignored going backward. */
  initialize(entry: BitSet): void;
  statementEffect(state: BitSet, statement: Statement, location: Location): void;
  terminatorEffect(state: BitSet, terminator: Terminator, location: Location): void;
  /** Forward only: what happens on a call's return edge alone (its destination is written). */
  callReturnEffect?(state: BitSet, terminator: Extract<Terminator, { kind: 'call' }>, location: Location): void;
}

/**
 * The state at every location of a body, in one array: a state per location as a typed array of
 * its own made the results most of the borrow checker's allocations (and of the garbage
 * collector's work, since they live as long as the body's check).
 */
export class Results {
  private readonly words: Uint32Array;
  private readonly wordsPer: number;
  /** `first[block]`: the index of the block's first state; `first[blockCount]`: the number of states. */
  private readonly first: Int32Array;

  constructor(private readonly size: number, blocks: readonly { statements: readonly unknown[] }[]) {
    this.wordsPer = (size + 31) >>> 5;
    this.first = new Int32Array(blocks.length + 1);
    for (let b = 0; b < blocks.length; b++) this.first[b + 1] = this.first[b]! + blocks[b]!.statements.length + 2;
    this.words = new Uint32Array(this.first[blocks.length]! * this.wordsPer);
  }

  /**
   * What holds at that location in execution order: before its effect going forward, after it
   * going backward (for liveness: what is live just before the statement runs). Index
   * `statementCount + 1` is the block's exit state going forward. A view: read it, never change it.
   */
  at(location: Location): BitSet {
    return this.state(this.first[location.block]! + location.index);
  }

  /** Forward: the state after the block's terminator (before edge effects). */
  exit(block: number): BitSet {
    return this.state(this.first[block + 1]! - 1);
  }

  /** Every location's state. */
  *all(): IterableIterator<BitSet> {
    const count = this.first[this.first.length - 1]!;
    for (let i = 0; i < count; i++) yield this.state(i);
  }

  /** Records `state` as the one at `index` of `block`. */
  record(block: number, index: number, state: BitSet): void {
    this.words.set(state.words, (this.first[block]! + index) * this.wordsPer);
  }

  private state(i: number): BitSet {
    return new BitSet(this.size, this.words.subarray(i * this.wordsPer, (i + 1) * this.wordsPer));
  }
}

export function iterateToFixpoint(cfg: Cfg, analysis: Analysis): Results {
  return analysis.direction === 'forward' ? forward(cfg, analysis) : backward(cfg, analysis);
}

function forward(cfg: Cfg, a: Analysis): Results {
  const blocks = cfg.body.basicBlocks;
  const entries = blocks.map(() => new BitSet(a.domainSize));
  if (blocks.length > 0) a.initialize(entries[0]!);
  const queued = new Uint8Array(blocks.length);
  const queue: number[] = [...cfg.reversePostOrder];
  for (const b of queue) queued[b] = 1;
  const state = new BitSet(a.domainSize);
  const ret = new BitSet(a.domainSize);
  const propagate = (target: number, s: BitSet) => {
    if (entries[target]!.union(s) && !queued[target]) {
      queued[target] = 1;
      queue.push(target);
    }
  };
  while (queue.length > 0) {
    const b = queue.shift()!;
    queued[b] = 0;
    state.copyFrom(entries[b]!);
    const data = blocks[b]!;
    const n = data.statements.length;
    for (let i = 0; i < n; i++) a.statementEffect(state, data.statements[i]!, { block: b, index: i });
    const t = data.terminator;
    if (!t) continue;
    a.terminatorEffect(state, t, { block: b, index: n });
    if (t.kind === 'call' && t.target !== undefined && a.callReturnEffect) {
      ret.copyFrom(state);
      a.callReturnEffect(ret, t, { block: b, index: n });
      propagate(t.target, ret);
      for (const s of cfg.successors[b]!) if (s !== t.target) propagate(s, state);
    } else {
      for (const s of cfg.successors[b]!) propagate(s, state);
    }
  }
  const results = new Results(a.domainSize, blocks);
  for (let b = 0; b < blocks.length; b++) {
    const data = blocks[b]!;
    const n = data.statements.length;
    state.copyFrom(entries[b]!);
    for (let i = 0; i < n; i++) {
      results.record(b, i, state);
      a.statementEffect(state, data.statements[i]!, { block: b, index: i });
    }
    results.record(b, n, state);
    if (data.terminator) a.terminatorEffect(state, data.terminator, { block: b, index: n });
    results.record(b, n + 1, state);
  }
  return results;
}

function backward(cfg: Cfg, a: Analysis): Results {
  const blocks = cfg.body.basicBlocks;
  const exits = blocks.map(() => new BitSet(a.domainSize));
  const entries = blocks.map(() => new BitSet(a.domainSize));
  const queued = new Uint8Array(blocks.length);
  const queue: number[] = [...cfg.reversePostOrder].reverse();
  for (const b of queue) queued[b] = 1;
  const state = new BitSet(a.domainSize);
  const run = (b: number, s: BitSet, results?: Results) => {
    const data = blocks[b]!;
    const n = data.statements.length;
    if (data.terminator) a.terminatorEffect(s, data.terminator, { block: b, index: n });
    results?.record(b, n, s);
    for (let i = n - 1; i >= 0; i--) {
      a.statementEffect(s, data.statements[i]!, { block: b, index: i });
      results?.record(b, i, s);
    }
  };
  while (queue.length > 0) {
    const b = queue.shift()!;
    queued[b] = 0;
    state.clear();
    for (const s of cfg.successors[b]!) state.union(entries[s]!);
    exits[b]!.copyFrom(state);
    run(b, state);
    if (!entries[b]!.equals(state)) {
      entries[b]!.copyFrom(state);
      for (const p of cfg.predecessors[b]!) {
        if (!queued[p]) {
          queued[p] = 1;
          queue.push(p);
        }
      }
    }
  }
  const results = new Results(a.domainSize, blocks);
  for (let b = 0; b < blocks.length; b++) {
    results.record(b, blocks[b]!.statements.length + 1, exits[b]!);
    state.copyFrom(exits[b]!);
    run(b, state, results);
  }
  return results;
}
