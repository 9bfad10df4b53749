// Everything the checks of one body read, computed once: the CFG, move paths and the
// initialisation analyses, liveness, the borrow set and the loans' regions.
import type { Body } from '../mir/syntax';
import type { Span } from '../syntax/ast';
import { BorrowSet } from './borrowSet';
import { Cfg } from './cfg';
import type { Results } from './dataflow';
import { InitResults } from './initialization';
import { liveness } from './liveness';
import { type CallSignatures, LoanRegions } from './loanFlow';
import { MoveData } from './movePaths';

/** The facts that do not depend on how loans' regions are computed. */
export interface FlowFacts {
  readonly body: Body;
  readonly cfg: Cfg;
  readonly moves: MoveData;
  readonly init: InitResults;
  readonly live: Results;
  readonly borrows: BorrowSet;
}

export interface BodyFacts extends FlowFacts {
  readonly regions: LoanRegions;
}

/**
 * Each analysis runs on its first use: a body without loans never needs liveness or the loans'
 * regions, and most accesses need only the maybe-uninitialised paths.
 */
class Facts implements BodyFacts {
  readonly cfg: Cfg;
  readonly moves: MoveData;
  readonly init: InitResults;
  readonly borrows: BorrowSet;
  private liveResults: Results | undefined;
  private loanRegions: LoanRegions | undefined;

  constructor(readonly body: Body, private readonly calls: CallSignatures | undefined) {
    this.cfg = new Cfg(body);
    this.moves = new MoveData(body, this.cfg);
    this.init = new InitResults(this.cfg, this.moves);
    this.borrows = new BorrowSet(body, this.cfg);
  }

  get live(): Results {
    return (this.liveResults ??= liveness(this.cfg));
  }

  get regions(): LoanRegions {
    if (!this.calls) throw new Error('the loans\' regions need the calls\' signatures');
    return (this.loanRegions ??= new LoanRegions(this.body, this.cfg, this.borrows, this.live, this.calls));
  }
}

export function flowFacts(body: Body): FlowFacts {
  return new Facts(body, undefined);
}

export function bodyFacts(body: Body, calls: CallSignatures): BodyFacts {
  return new Facts(body, calls);
}

/** Where a local's storage ends on the normal path (rustc's "dropped here while still borrowed"). */
export function storageDead(f: FlowFacts, local: number): Span | undefined {
  for (const block of f.cfg.reversePostOrder) {
    const data = f.body.basicBlocks[block]!;
    if (data.isCleanup) continue;
    for (const s of data.statements) if (s.kind === 'storageDead' && s.local === local) return s.span;
  }
  return undefined;
}
