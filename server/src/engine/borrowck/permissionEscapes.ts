// Loans that must outlive the body, as the permissions read them. A closure given to
// `thread::spawn` must be `'static` and one given to `Scope::spawn` must live for `'scope`, a
// region of the caller: whatever such a closure borrows stays borrowed to the end of the body on
// every path, although no local of the body holds the closure once the call took it. Without
// this the variable a spawned thread borrows would keep W and O after the spawn (the checker
// reports E0373 there; the permissions must show the loss as for any other live borrow).
import type { Body } from '../mir/syntax';
import { BitSet } from './bitSet';
import type { BorrowSet, Loan } from './borrowSet';
import type { Cfg, Location } from './cfg';
import type { Results } from './dataflow';
import type { HeldLoans } from './loanFlow';
import { locationKey } from './movePaths';
import { isThreadSpawn } from './outlives';
import { outlivesBody } from './signatures';

/** Per location key, the loans that a spawn took and that are still in force there. */
export function escapingLoans(body: Body, cfg: Cfg, borrows: BorrowSet, flow: HeldLoans, held: Results): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const taken = new Set<number>();
  body.basicBlocks.forEach((data, block) => {
    const t = data.terminator;
    if (data.isCleanup || t?.kind !== 'call') return;
    const args = isThreadSpawn(t.func) ? t.args.map((_, i) => i) : outlivesBody(t.func);
    for (const i of args) {
      const a = t.args[i];
      if (!a || a.kind === 'constant') continue;
      const carried = new BitSet(borrows.loans.length);
      flow.held(held.at(cfg.terminatorLocation(block)), a.place.local, carried);
      for (const l of carried) taken.add(l);
    }
  });
  for (const l of taken) {
    for (const key of inForceAfter(body, cfg, flow, borrows.loans[l]!)) {
      const at = out.get(key);
      if (at) at.push(l);
      else out.set(key, [l]);
    }
  }
  return out;
}

/**
 * The locations after the loan is made, on every non-cleanup path, up to a `StorageDead` or an
 * overwrite of the borrowed place, which ends any loan of it (rustc's `kill_borrows_on_place`).
 */
function inForceAfter(body: Body, cfg: Cfg, flow: HeldLoans, loan: Loan): Set<number> {
  const seen = new Set<number>();
  const stack: Location[] = [{ block: loan.location.block, index: loan.location.index + 1 }];
  while (stack.length > 0) {
    const at = stack.pop()!;
    const key = locationKey(at);
    const data = body.basicBlocks[at.block]!;
    if (seen.has(key) || data.isCleanup) continue;
    seen.add(key);
    if (at.index < data.statements.length) {
      const s = data.statements[at.index]!;
      const ends = s.kind === 'storageDead' || s.kind === 'storageLive' ? s.local === loan.borrowed.local : s.kind === 'assign' && flow.killsLoan(loan.index, s.place);
      if (!ends) stack.push({ block: at.block, index: at.index + 1 });
      continue;
    }
    const t = data.terminator;
    if (t?.kind === 'call' && flow.killsLoan(loan.index, t.destination)) continue;
    for (const b of cfg.successors[at.block]!) stack.push({ block: b, index: 0 });
  }
  return seen;
}
