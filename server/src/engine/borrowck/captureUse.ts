// A loan a closure takes to capture a place is made where the closure is written, but rustc's
// messages also point at the use in the closure's body that made it ("borrow occurs due to use of
// `v` in closure"): the MIR builder keeps that use per operand of the closure's aggregate.
import type { Span } from '../syntax/ast';
import type { Loan } from './borrowSet';
import type { BodyFacts } from './facts';

/** The use in a closure's body that made `loan`, when the loan is one of the closure's captures. */
export function captureUse(f: BodyFacts, loan: Loan): Span | undefined {
  for (const data of f.body.basicBlocks) {
    for (const s of data.statements) {
      if (s.kind !== 'assign' || s.rvalue.kind !== 'aggregate' || s.rvalue.aggregate.kind !== 'closure') continue;
      const i = s.rvalue.operands.findIndex((o) => o.kind !== 'constant' && o.place.local === loan.assignedTo && o.place.projection.length === 0);
      if (i >= 0) return s.rvalue.aggregate.uses?.[i];
    }
  }
  return undefined;
}
