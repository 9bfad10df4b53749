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

export class Results {
  /**
   * `states[block][index]` holds at that location in execution order: before its effect going
   * forward, after it going backward (for liveness: what is live just before the statement runs).
   * `states[block][statementCount + 1]` is the block's exit state going forward.
   */
  constructor(readonly states: readonly (readonly BitSet[])[]) {}

  at(location: Location): BitSet {
    return this.states[location.block]![location.index]!;
  }

  /** Forward: the state after the block's terminator (before edge effects). */
  exit(block: number): BitSet {
    const s = this.states[block]!;
    return s[s.length - 1]!;
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
  while (queue.length > 0) {
    const b = queue.shift()!;
    queued[b] = 0;
    state.copyFrom(entries[b]!);
    const data = blocks[b]!;
    data.statements.forEach((s, i) => a.statementEffect(state, s, { block: b, index: i }));
    const t = data.terminator;
    if (!t) continue;
    a.terminatorEffect(state, t, { block: b, index: data.statements.length });
    const propagate = (target: number, s: BitSet) => {
      if (entries[target]!.union(s) && !queued[target]) {
        queued[target] = 1;
        queue.push(target);
      }
    };
    if (t.kind === 'call' && t.target !== undefined && a.callReturnEffect) {
      const ret = state.clone();
      a.callReturnEffect(ret, t, { block: b, index: data.statements.length });
      propagate(t.target, ret);
      for (const s of cfg.successors[b]!) if (s !== t.target) propagate(s, state);
    } else {
      for (const s of cfg.successors[b]!) propagate(s, state);
    }
  }
  return new Results(blocks.map((data, b) => {
    const state = entries[b]!.clone();
    const out: BitSet[] = [];
    data.statements.forEach((s, i) => {
      out.push(state.clone());
      a.statementEffect(state, s, { block: b, index: i });
    });
    out.push(state.clone());
    if (data.terminator) a.terminatorEffect(state, data.terminator, { block: b, index: data.statements.length });
    out.push(state);
    return out;
  }));
}

function backward(cfg: Cfg, a: Analysis): Results {
  const blocks = cfg.body.basicBlocks;
  const exits = blocks.map(() => new BitSet(a.domainSize));
  const entries = blocks.map(() => new BitSet(a.domainSize));
  const queued = new Uint8Array(blocks.length);
  const queue: number[] = [...cfg.reversePostOrder].reverse();
  for (const b of queue) queued[b] = 1;
  const state = new BitSet(a.domainSize);
  const run = (b: number, s: BitSet, record?: BitSet[]) => {
    const data = blocks[b]!;
    const n = data.statements.length;
    if (data.terminator) a.terminatorEffect(s, data.terminator, { block: b, index: n });
    if (record) record[n] = s.clone();
    for (let i = n - 1; i >= 0; i--) {
      a.statementEffect(s, data.statements[i]!, { block: b, index: i });
      if (record) record[i] = s.clone();
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
  return new Results(blocks.map((data, b) => {
    const record: BitSet[] = new Array<BitSet>(data.statements.length + 2);
    record[data.statements.length + 1] = exits[b]!.clone();
    run(b, exits[b]!.clone(), record);
    return record;
  }));
}
