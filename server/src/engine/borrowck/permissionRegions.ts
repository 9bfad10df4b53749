// The loans' regions as the permissions read them: the checker's flow (loanFlow.ts), plus what a
// call's result takes from what its reference arguments point to, plus what a spawned closure
// borrows, to the end of the body (permissionEscapes.ts). `Iterator::next(&mut it)`
// returns an item that borrows what `it` borrows, not `it` itself: without this the item would
// stop holding the vector's loan when the iterator dies, and the vector would get W back while the
// item still lives (rustc rejects a push then).
import type { Body, Terminator } from '../mir/syntax';
import { BitSet } from './bitSet';
import type { Location } from './cfg';
import { iterateToFixpoint } from './dataflow';
import { type FlowFacts, flowFacts } from './facts';
import { type CallSignatures, HeldLoans } from './loanFlow';
import { BorrowSet } from './borrowSet';
import { placeTy } from './places';
import { escapingLoans } from './permissionEscapes';
import { locationKey } from './movePaths';
import { mayCarryLoans } from './regionTypes';

class ThroughReferents extends HeldLoans {
  private readonly loanCount: number;
  constructor(private readonly b: Body, private readonly loans: BorrowSet, private readonly sigs: CallSignatures) {
    super(b, loans, sigs);
    this.loanCount = loans.loans.length;
  }

  override terminatorEffect(state: BitSet, t: Terminator): void {
    let extra: BitSet | undefined;
    const dest = t.kind === 'call' ? t.destination : undefined;
    if (t.kind === 'call' && dest && dest.projection.length === 0 && mayCarryLoans(placeTy(this.b, dest) ?? this.b.localDecls[dest.local]!.ty)) {
      extra = new BitSet(this.loanCount);
      for (const i of this.sigs.returnBorrowsFrom(t.func, t.args.length)) {
        const a = t.args[i];
        if (!a || a.kind === 'constant') continue;
        const direct = new BitSet(this.loanCount);
        this.held(state, a.place.local, direct);
        for (const l of direct) {
          const borrowed = this.loans.loans[l]!.borrowed;
          if (!borrowed.projection.some((e) => e.kind === 'deref')) this.held(state, borrowed.local, extra);
        }
      }
    }
    super.terminatorEffect(state, t);
    if (extra && dest) {
      for (const l of extra) {
        const bit = this.bit(dest.local, l);
        if (bit >= 0) state.add(bit);
      }
    }
  }
}

/** What `permissions.ts` reads of a body: the checker's facts, with the regions above. */
export interface PermissionFacts extends FlowFacts {
  readonly regions: {
    inScope(location: Location): BitSet;
    holds(location: Location, local: number, loan: number): boolean;
  };
}

export function permissionFacts(body: Body, calls: CallSignatures): PermissionFacts {
  const f = flowFacts(body);
  const flow = new ThroughReferents(body, f.borrows, calls);
  const held = iterateToFixpoint(f.cfg, flow);
  const n = f.borrows.loans.length;
  let escaping: Map<number, number[]> | undefined;
  // The facts compute each analysis on first use (getters): a spread would run them all, and lose them.
  return {
    body: f.body, cfg: f.cfg, moves: f.moves, init: f.init, borrows: f.borrows,
    get moveCounts() {
      return f.moveCounts;
    },
    get live() {
      return f.live;
    },
    regions: {
      inScope(location) {
        const out = new BitSet(n);
        const state = held.at(location);
        for (const x of f.live.at(location)) flow.held(state, x, out);
        escaping ??= escapingLoans(body, f.cfg, f.borrows, flow, held);
        for (const l of escaping.get(locationKey(location)) ?? []) out.add(l);
        return out;
      },
      holds: (location, local, loan) => {
        const bit = flow.bit(local, loan);
        return bit >= 0 && held.has(location, bit);
      },
    },
  };
}
