// The borrow set: every `&`/`&mut` Rvalue of a body is a loan, with its kind, the place it
// borrows, where it is created and, for a two-phase borrow, where it is activated (the one use of
// the temporary that holds it, the method call). Borrows through a `&T` or a raw pointer are not
// loans: reading through a shared reference conflicts with nothing (rustc ignores them too).
import type { Body, BorrowKind, Place } from '../mir/syntax';
import type { Span } from '../syntax/ast';
import type { Cfg, Location } from './cfg';
import { locationKey } from './movePaths';
import { borrowIgnored } from './places';
import { UseKind, usesOf } from './visit';

export interface Loan {
  readonly index: number;
  readonly kind: Exclude<BorrowKind, 'fake'>;
  readonly borrowed: Place;
  readonly location: Location;
  /** The local the new reference is written to (a temporary, usually). */
  readonly assignedTo: number;
  readonly span: Span;
  /** Two-phase borrows only: where the reservation becomes a mutable borrow. */
  activation?: Location;
}

export class BorrowSet {
  readonly loans: Loan[] = [];
  readonly createdAt = new Map<number, number>();
  readonly activatedAt = new Map<number, number[]>();

  constructor(body: Body, cfg: Cfg) {
    let promoted: Uint8Array | undefined;
    const order = cfg.reversePostOrder;
    for (let o = 0; o < order.length; o++) {
      const block = order[o]!;
      const statements = body.basicBlocks[block]!.statements;
      for (let index = 0; index < statements.length; index++) {
        const s = statements[index]!;
        if (s.kind !== 'assign' || s.rvalue.kind !== 'ref' || s.rvalue.borrow === 'fake') continue;
        if (s.place.projection.length > 0 || borrowIgnored(body, s.rvalue.place)) continue;
        // Asked only of a body that borrows something: most bodies' borrows are all `println!`'s.
        promoted ??= promotedTemps(body);
        if (promoted[s.rvalue.place.local] === PROMOTED) continue;
        const location = { block, index };
        this.loans.push({ index: this.loans.length, kind: s.rvalue.borrow, borrowed: s.rvalue.place, location, assignedTo: s.place.local, span: s.span });
        this.createdAt.set(locationKey(location), this.loans.length - 1);
      }
    }
    if (this.loans.some((l) => l.kind === 'twoPhase')) this.findActivations(body, cfg);
  }

  /**
   * A two-phase borrow's temporary is used once, by the call it was made for; if the builder
   * used it more than once the borrow is treated as an ordinary `&mut` from the start.
   */
  private findActivations(body: Body, cfg: Cfg): void {
    // By local, the two-phase loan it holds (the last one made, if the builder made two).
    const twoPhase = new Int32Array(body.localDecls.length).fill(-1);
    for (const l of this.loans) if (l.kind === 'twoPhase') twoPhase[l.assignedTo] = l.index;
    // Per loan, its temporary's uses and the first one; the loans in the order of their first use.
    const useCount = new Int32Array(this.loans.length);
    const firstUse: (Location | undefined)[] = new Array<Location | undefined>(this.loans.length).fill(undefined);
    const used: number[] = [];
    const uses = usesOf(body);
    const { kinds, locals, start, first } = uses;
    const order = cfg.reversePostOrder;
    for (let o = 0; o < order.length; o++) {
      const block = order[o]!;
      const data = body.basicBlocks[block]!;
      const n = data.statements.length;
      for (let index = 0; index <= n; index++) {
        if (index === n && !data.terminator) break;
        for (let i = start[first[block]! + index]!, end = start[first[block]! + index + 1]!; i < end; i++) {
          const loan = twoPhase[locals[i]!]!;
          if (loan < 0) continue;
          const kind = kinds[i]!;
          if (kind === UseKind.Store || kind === UseKind.StorageLive || kind === UseKind.StorageDead || kind === UseKind.Drop) continue;
          if (useCount[loan]!++ === 0) {
            firstUse[loan] = { block, index };
            used.push(loan);
          }
        }
      }
    }
    for (let u = 0; u < used.length; u++) {
      const index = used[u]!;
      if (useCount[index] !== 1) continue;
      const loan = this.loans[index]!;
      const at = firstUse[index]!;
      loan.activation = at;
      const k = locationKey(at);
      const list = this.activatedAt.get(k);
      if (list) list.push(index);
      else this.activatedAt.set(k, [index]);
    }
  }
}

/**
 * Temporaries rustc promotes to statics: assigned only constants (`[1, 2, 3].iter()`,
 * `&5`), so a borrow of them is `'static` and outlives the statement.
 */
const PROMOTED = 1;
const NOT_PROMOTED = 2;

/** By local: `PROMOTED`, `NOT_PROMOTED`, or 0 for a local no statement assigns. */
function promotedTemps(body: Body): Uint8Array {
  const constant = new Uint8Array(body.localDecls.length);
  for (let b = 0; b < body.basicBlocks.length; b++) {
    const data = body.basicBlocks[b]!;
    for (let i = 0; i < data.statements.length; i++) {
      const s = data.statements[i]!;
      if (s.kind !== 'assign' || body.localDecls[s.place.local]?.kind !== 'temp') continue;
      const r = s.rvalue;
      const ok = s.place.projection.length === 0 && (
        (r.kind === 'use' && r.operand.kind === 'constant')
        || (r.kind === 'repeat' && r.operand.kind === 'constant')
        || (r.kind === 'aggregate' && r.aggregate.kind !== 'closure' && r.operands.every((o) => o.kind === 'constant')));
      if (constant[s.place.local] !== NOT_PROMOTED) constant[s.place.local] = ok ? PROMOTED : NOT_PROMOTED;
    }
    const t = data.terminator;
    if (t?.kind === 'call') constant[t.destination.local] = NOT_PROMOTED;
  }
  return constant;
}
