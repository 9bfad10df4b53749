// Everything the checks of one body read, computed once: the CFG, move paths and the
// initialisation analyses, liveness, the borrow set and the loans' regions.
import type { Body } from '../mir/syntax';
import type { Span } from '../syntax/ast';
import { BorrowSet } from './borrowSet';
import { Cfg, type Location } from './cfg';
import type { Results } from './dataflow';
import { InitResults } from './initialization';
import { liveness } from './liveness';
import { holdersLive, mayHoldLoans } from './loanHolders';
import { type CallSignatures, LoanRegions } from './loanFlow';
import { MoveCounts } from './moveCounts';
import { MoveData } from './movePaths';
import { localsCarryLoans } from './regionTypes';
import { usesOf } from './visit';

/** The facts that do not depend on how loans' regions are computed. */
export interface FlowFacts {
  readonly body: Body;
  readonly cfg: Cfg;
  readonly moves: MoveData;
  /** What most questions about moves need, without the move paths. */
  readonly moveCounts: MoveCounts;
  readonly init: InitResults;
  readonly live: Results;
  readonly borrows: BorrowSet;
}

export interface BodyFacts extends FlowFacts {
  readonly regions: LoanRegions;
  /**
   * False only where no loan can be in scope (`regions.inScope` would be empty): no local that
   * may ever hold a loan is live there, and no loan is kept alive past its holders (returned or
   * required to outlive the body). Asked before the regions, so a body whose borrows are all dead
   * wherever their places are accessed never computes them.
   */
  loansMayBeInScope(location: Location): boolean;
}

/**
 * Each analysis runs on its first use: a body without loans never needs liveness or the loans'
 * regions, and a body that moves no local twice (nor in a loop) and has no `let` without a value
 * never needs move paths or the initialisation analyses.
 */
class Facts implements BodyFacts {
  readonly cfg: Cfg;
  readonly borrows: BorrowSet;
  private moveData: MoveData | undefined;
  private counts: MoveCounts | undefined;
  private initResults: InitResults | undefined;
  private liveResults: Results | undefined;
  private loanRegions: LoanRegions | undefined;

  constructor(readonly body: Body, private readonly calls: CallSignatures | undefined) {
    this.cfg = new Cfg(body);
    this.borrows = new BorrowSet(body, this.cfg);
  }

  get moves(): MoveData {
    return (this.moveData ??= new MoveData(this.body, this.cfg));
  }

  get moveCounts(): MoveCounts {
    return (this.counts ??= new MoveCounts(this.body, this.cfg));
  }

  get init(): InitResults {
    return (this.initResults ??= new InitResults(this.cfg, this.moves));
  }

  get live(): Results {
    return (this.liveResults ??= liveness(this.cfg));
  }

  get regions(): LoanRegions {
    if (!this.calls) throw new Error('the loans\' regions need the calls\' signatures');
    return (this.loanRegions ??= new LoanRegions(this.body, this.cfg, this.borrows, this.live, this.calls));
  }

  /** By location (`BodyUses.locationIndex`), whether a local that may hold a loan may be live there; null when a loan may outlive its holders. */
  private holdersLive: Uint8Array | null | undefined;

  loansMayBeInScope(location: Location): boolean {
    if (this.loanRegions) return true;
    const live = this.holdersLive === undefined ? (this.holdersLive = this.findHoldersLive()) : this.holdersLive;
    return live === null || live[usesOf(this.body).locationIndex(location.block, location.index)] === 1;
  }

  private findHoldersLive(): Uint8Array | null {
    const calls = this.calls;
    if (!calls) throw new Error('the loans\' holders need the calls\' signatures');
    const { body, borrows } = this;
    const holds = mayHoldLoans(body, borrows, localsCarryLoans(body), calls);
    // `LoanRegions.returnedLoans`: a loan through a parameter that the result may hold.
    if (holds[0] === 1) {
      for (const loan of borrows.loans) {
        if (loan.borrowed.projection[0]?.kind === 'deref' && body.localDecls[loan.borrowed.local]?.kind === 'arg') return null;
      }
    }
    // `LoanRegions.outlivingLoans`: a call that keeps what an argument holds beyond the body.
    for (const data of body.basicBlocks) {
      const t = data.terminator;
      if (data.isCleanup || t?.kind !== 'call') continue;
      if ((calls.outlivesBody?.(t.func).length ?? 0) > 0 || (calls.argumentStores?.(t.func).length ?? 0) > 0) return null;
    }
    return holdersLive(this.cfg, usesOf(body), holds);
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
