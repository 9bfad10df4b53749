// Everything the checks of one body read, computed once: the CFG, move paths and the
// initialisation analyses, liveness, the borrow set and the loans' regions.
import type { Body } from '../mir/syntax';
import { BorrowSet } from './borrowSet';
import { Cfg } from './cfg';
import type { Results } from './dataflow';
import { type InitResults, initializationResults } from './initialization';
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

export function flowFacts(body: Body): FlowFacts {
  const cfg = new Cfg(body);
  const moves = new MoveData(body, cfg);
  return { body, cfg, moves, init: initializationResults(cfg, moves), live: liveness(cfg), borrows: new BorrowSet(body, cfg) };
}

export function bodyFacts(body: Body, calls: CallSignatures): BodyFacts {
  const f = flowFacts(body);
  return { ...f, regions: new LoanRegions(body, f.cfg, f.borrows, f.live, calls) };
}
