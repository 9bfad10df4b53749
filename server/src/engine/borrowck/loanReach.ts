// Where a local's loans can be in scope at all: only where a path leads from a statement that
// makes one of them. The held-loans analysis gives a loan to a local only at the statement that
// makes it (every other flow copies loans already held), and a loan that escapes the body is live
// from where it is made on (`LoanRegions.liveAfter`). So wherever no borrow of a local can have
// run yet, no loan of it is in scope, and an access to it there (its initialisation, most often)
// needs neither the loans' regions nor the liveness of their holders.
import type { BorrowSet } from './borrowSet';
import type { Cfg, Location } from './cfg';

export class LoanReach {
  /** By local, its loans' locations; made for the first local asked about. */
  private loansOf: Location[][] | undefined;
  /** By local, 1 for each block entered along a path from a statement that borrows it. */
  private readonly entered = new Map<number, Uint8Array>();

  constructor(private readonly cfg: Cfg, private readonly borrows: BorrowSet) {}

  /** Whether a loan of `local` (of it or of a part of it) may be in scope just before `location` runs. */
  mayBeInScope(local: number, location: Location): boolean {
    const made = this.madeAt(local);
    let entered = this.entered.get(local);
    if (!entered) this.entered.set(local, (entered = this.blocksAfter(made)));
    if (entered[location.block] === 1) return true;
    for (let i = 0; i < made.length; i++) if (made[i]!.block === location.block && made[i]!.index < location.index) return true;
    return false;
  }

  private madeAt(local: number): Location[] {
    if (!this.loansOf) {
      const byLocal: Location[][] = [];
      for (let i = 0; i < this.cfg.body.localDecls.length; i++) byLocal.push([]);
      for (const loan of this.borrows.loans) byLocal[loan.borrowed.local]!.push(loan.location);
      this.loansOf = byLocal;
    }
    return this.loansOf[local]!;
  }

  /** The blocks a path of at least one edge reaches from the blocks of `made`. */
  private blocksAfter(made: readonly Location[]): Uint8Array {
    const successors = this.cfg.successors;
    const entered = new Uint8Array(successors.length);
    const stack: number[] = [];
    for (let i = 0; i < made.length; i++) stack.push(made[i]!.block);
    while (stack.length > 0) {
      const next = successors[stack.pop()!]!;
      for (let i = 0; i < next.length; i++) {
        if (entered[next[i]!] === 1) continue;
        entered[next[i]!] = 1;
        stack.push(next[i]!);
      }
    }
    return entered;
  }
}
