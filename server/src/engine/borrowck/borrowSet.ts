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
    const twoPhase = new Map<number, Loan>();
    for (const l of this.loans) if (l.kind === 'twoPhase') twoPhase.set(l.assignedTo, l);
    if (twoPhase.size === 0) return;
    const usedAt = new Map<Loan, Location[]>();
    const visit = (local: number, location: Location) => {
      const l = twoPhase.get(local);
      if (l) usedAt.set(l, [...(usedAt.get(l) ?? []), location]);
    };
    const uses = usesOf(body);
    const order = cfg.reversePostOrder;
    for (let o = 0; o < order.length; o++) {
      const block = order[o]!;
      const data = body.basicBlocks[block]!;
      const n = data.statements.length;
      for (let index = 0; index <= n; index++) {
        if (index === n && !data.terminator) break;
        for (let i = uses.begin(block, index), end = uses.end(block, index); i < end; i++) {
          const kind = uses.kind(i);
          const local = uses.place(i).local;
          if (kind !== UseKind.Store && kind !== UseKind.StorageLive && kind !== UseKind.StorageDead && kind !== UseKind.Drop && twoPhase.has(local)) visit(local, { block, index });
        }
      }
    }
    for (const [loan, at] of usedAt) {
      if (at.length !== 1) continue;
      loan.activation = at[0];
      const k = locationKey(at[0]!);
      this.activatedAt.set(k, [...(this.activatedAt.get(k) ?? []), loan.index]);
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
