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
  /** `location` is valid during the call only: the engine moves one object along the body. */
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
  /** Every state, `wordsPer` words each, in location order (read with `offset`). */
  readonly words: Uint32Array;
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

  /** Where the state at that location starts in `words` (a word index): for loops that read it without a view. */
  offset(location: Location): number {
    return (this.first[location.block]! + location.index) * this.wordsPer;
  }

  /** Whether `bit` holds at that location (as `at(location).has(bit)`, without making a view). */
  has(location: Location, bit: number): boolean {
    const word = this.words[(this.first[location.block]! + location.index) * this.wordsPer + (bit >>> 5)]!;
    return (word & (1 << (bit & 31))) !== 0;
  }

  /** Forward: the state after the block's terminator (before edge effects). */
  exit(block: number): BitSet {
    return this.state(this.first[block + 1]! - 1);
  }

  /** The number of states (every location's, with each block's exit). */
  get count(): number {
    return this.first[this.first.length - 1]!;
  }

  /** Where state `i` (in `all`'s order) starts in `words`. */
  offsetOfState(i: number): number {
    return i * this.wordsPer;
  }

  /** Every location's state. */
  *all(): IterableIterator<BitSet> {
    const count = this.first[this.first.length - 1]!;
    for (let i = 0; i < count; i++) yield this.state(i);
  }

  /** Where the block's first state starts in `words` (its states follow, `wordsPer` words each). */
  blockOffset(block: number): number {
    return this.first[block]! * this.wordsPer;
  }

  private state(i: number): BitSet {
    return new BitSet(this.size, this.words.subarray(i * this.wordsPer, (i + 1) * this.wordsPer));
  }
}

export function iterateToFixpoint(cfg: Cfg, analysis: Analysis): Results {
  return analysis.direction === 'forward' ? forward(cfg, analysis) : backward(cfg, analysis);
}

/**
 * The worklist visits a block again whenever its entry state grows, so each block's last visit
 * starts from its final entry: the states are recorded as the blocks are visited, and only the
 * blocks the walk never reaches (unreachable from the start) get a pass of their own.
 */
function forward(cfg: Cfg, a: Analysis): Results {
  const blocks = cfg.body.basicBlocks;
  const state = new BitSet(a.domainSize);
  const wordsPer = state.words.length;
  // Every block's entry state in one array (`b * wordsPer`): a set object per block was most of the walk's allocation.
  const entries = new Uint32Array(blocks.length * wordsPer);
  if (blocks.length > 0) {
    a.initialize(state);
    entries.set(state.words);
  }
  const results = new Results(a.domainSize, blocks);
  const words = results.words;
  const queued = new Uint8Array(blocks.length);
  const visited = new Uint8Array(blocks.length);
  const queue: number[] = cfg.reversePostOrder.slice();
  for (let i = 0; i < queue.length; i++) queued[queue[i]!] = 1;
  const ret = new BitSet(a.domainSize);
  const propagate = (target: number, s: BitSet) => {
    const from = s.words;
    const at = target * wordsPer;
    let grew = false;
    for (let w = 0; w < wordsPer; w++) {
      const merged = (entries[at + w]! | from[w]!) >>> 0;
      if (merged !== entries[at + w]) {
        entries[at + w] = merged;
        grew = true;
      }
    }
    if (grew && !queued[target]) {
      queued[target] = 1;
      queue.push(target);
    }
  };
  // One location for every effect, moved along: an object per statement and visit was most of
  // the fixpoint's garbage. An analysis reads it during the call and never keeps it.
  const here: { block: number; index: number } = { block: 0, index: 0 };
  const visit = (b: number) => {
    visited[b] = 1;
    const into = state.words;
    for (let w = 0, from = b * wordsPer; w < wordsPer; w++) into[w] = entries[from + w]!;
    const data = blocks[b]!;
    const n = data.statements.length;
    here.block = b;
    // Each state copied in place, a loop rather than `set` or a call: a state is a word or two.
    let at = results.blockOffset(b);
    for (let i = 0; i < n; i++) {
      for (let w = 0; w < wordsPer; w++) words[at + w] = into[w]!;
      at += wordsPer;
      here.index = i;
      a.statementEffect(state, data.statements[i]!, here);
    }
    for (let w = 0; w < wordsPer; w++) words[at + w] = into[w]!;
    at += wordsPer;
    const t = data.terminator;
    here.index = n;
    if (t) a.terminatorEffect(state, t, here);
    for (let w = 0; w < wordsPer; w++) words[at + w] = into[w]!;
    return t;
  };
  for (let head = 0; head < queue.length; head++) {
    const b = queue[head]!;
    queued[b] = 0;
    const t = visit(b);
    if (!t) continue;
    const n = blocks[b]!.statements.length;
    if (t.kind === 'call' && t.target !== undefined && a.callReturnEffect) {
      ret.copyFrom(state);
      here.block = b;
      here.index = n;
      a.callReturnEffect(ret, t, here);
      propagate(t.target, ret);
      const successors = cfg.successors[b]!;
      for (let i = 0; i < successors.length; i++) if (successors[i] !== t.target) propagate(successors[i]!, state);
    } else {
      const successors = cfg.successors[b]!;
      for (let i = 0; i < successors.length; i++) propagate(successors[i]!, state);
    }
  }
  for (let b = 0; b < blocks.length; b++) if (!visited[b]) visit(b);
  return results;
}

/** As `forward`, the states recorded at each visit: a block's last visit starts from its final exit. */
function backward(cfg: Cfg, a: Analysis): Results {
  const blocks = cfg.body.basicBlocks;
  const state = new BitSet(a.domainSize);
  const wordsPer = state.words.length;
  // Every block's entry state (what is live at its start) in one array, `b * wordsPer`.
  const entries = new Uint32Array(blocks.length * wordsPer);
  const results = new Results(a.domainSize, blocks);
  const stored = results.words;
  const queued = new Uint8Array(blocks.length);
  const visited = new Uint8Array(blocks.length);
  const queue: number[] = cfg.reversePostOrder.slice().reverse();
  for (let i = 0; i < queue.length; i++) queued[queue[i]!] = 1;
  const words = state.words;
  // One location moved along, as going forward.
  const here: { block: number; index: number } = { block: 0, index: 0 };
  const visit = (b: number, fromSuccessors: boolean) => {
    visited[b] = 1;
    state.clear();
    if (fromSuccessors) {
      const successors = cfg.successors[b]!;
      for (let i = 0; i < successors.length; i++) for (let w = 0, at = successors[i]! * wordsPer; w < wordsPer; w++) words[w]! |= entries[at + w]!;
    }
    const data = blocks[b]!;
    const n = data.statements.length;
    const base = results.blockOffset(b);
    let at = base + (n + 1) * wordsPer;
    for (let w = 0; w < wordsPer; w++) stored[at + w] = words[w]!;
    here.block = b;
    here.index = n;
    if (data.terminator) a.terminatorEffect(state, data.terminator, here);
    at -= wordsPer;
    for (let w = 0; w < wordsPer; w++) stored[at + w] = words[w]!;
    for (let i = n - 1; i >= 0; i--) {
      here.index = i;
      a.statementEffect(state, data.statements[i]!, here);
      at -= wordsPer;
      for (let w = 0; w < wordsPer; w++) stored[at + w] = words[w]!;
    }
  };
  for (let head = 0; head < queue.length; head++) {
    const b = queue[head]!;
    queued[b] = 0;
    visit(b, true);
    let changed = false;
    for (let w = 0, at = b * wordsPer; w < wordsPer; w++) {
      if (entries[at + w] !== words[w]) {
        entries[at + w] = words[w]!;
        changed = true;
      }
    }
    if (changed) {
      const predecessors = cfg.predecessors[b]!;
      for (let i = 0; i < predecessors.length; i++) {
        const p = predecessors[i]!;
        if (!queued[p]) {
          queued[p] = 1;
          queue.push(p);
        }
      }
    }
  }
  // A block unreachable from the start: nothing is live after it.
  for (let b = 0; b < blocks.length; b++) if (!visited[b]) visit(b, false);
  return results;
}
