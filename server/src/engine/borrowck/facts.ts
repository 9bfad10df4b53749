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

export interface BodyFacts {
  readonly body: Body;
  readonly cfg: Cfg;
  readonly moves: MoveData;
  readonly init: InitResults;
  readonly live: Results;
  readonly borrows: BorrowSet;
  readonly regions: LoanRegions;
}

export function bodyFacts(body: Body, calls: CallSignatures): BodyFacts {
  const cfg = new Cfg(body);
  const moves = new MoveData(body, cfg);
  const init = initializationResults(cfg, moves);
  const live = liveness(cfg);
  const borrows = new BorrowSet(body, cfg);
  const regions = new LoanRegions(body, cfg, borrows, live, calls);
  return { body, cfg, moves, init, live, borrows, regions };
}
