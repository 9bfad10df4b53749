// Everything the checks of one body read, computed once: the CFG, move paths and the
// initialisation analyses, liveness, the borrow set and the loans' regions.
import type { Body } from '../mir/syntax';
import type { Span } from '../syntax/ast';
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

/** Where a local's storage ends on the normal path (rustc's "dropped here while still borrowed"). */
export function storageDead(f: FlowFacts, local: number): Span | undefined {
  for (const block of f.cfg.reversePostOrder) {
    const data = f.body.basicBlocks[block]!;
    if (data.isCleanup) continue;
    for (const s of data.statements) if (s.kind === 'storageDead' && s.local === local) return s.span;
  }
  return undefined;
}
