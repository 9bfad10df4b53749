// A loan a closure holds because it captures a variable by reference (`|| n + 1` borrows `n`):
// rustc reports such a loan that outlives its variable (E0597) at the captured variable's use
// inside the closure, "value captured here" at the closure. When the closure leaves a block as
// the value of a `let` (`let g = { let m = 4; || m + 1 };`), the first later use is the `let`'s
// read of the closure, and rustc reports E0373 ("closure may outlive the current block") instead.
import type { Body } from '../mir/syntax';
import type { Span } from '../syntax/ast';
import type { Loan } from './borrowSet';

/** What the checker knows of the source around closures, from the Ast and the capture analysis. */
export interface ClosureSource {
  /** The use that decided each capture's mode, in the closure's capture order, by the closure's span. */
  captureUses(closure: Span): readonly Span[] | undefined;
  /** The expression given to the field `field` of the struct literal at `literal` (a boxed closure's variable: where it is coerced). */
  fieldValue?(literal: Span, field: string): Span | undefined;
}

export interface CaptureLoan {
  /** The closure expression. */
  readonly closure: Span;
  /** The captured variable's use inside the closure. */
  readonly use: Span;
}

/** The capture a loan is, when the closure aggregate takes its reference as its `k`-th operand. */
export function captureLoan(body: Body, loan: Loan, source: ClosureSource | undefined): CaptureLoan | 'unknown' | undefined {
  for (const data of body.basicBlocks) {
    for (const s of data.statements) {
      if (s.kind !== 'assign' || s.rvalue.kind !== 'aggregate' || s.rvalue.aggregate.kind !== 'closure') continue;
      const k = s.rvalue.operands.findIndex((o) => o.kind === 'move' && o.place.local === loan.assignedTo && o.place.projection.length === 0);
      if (k < 0) continue;
      const uses = source?.captureUses(s.span);
      const use = uses && uses.length === s.rvalue.operands.length ? uses[k] : undefined;
      return use ? { closure: s.span, use } : 'unknown';
    }
  }
  return undefined;
}
