// The locals about which the walk over a body's locations (check.ts) can find nothing, so that a
// use of one as a whole is passed over without the checks' calls. Most uses are of temporaries
// (a `format_args!` call alone makes a dozen), and the walk runs in V8's interpreter, where the
// calls that each return at once on such a use were most of its cost.
import type { Span } from '../syntax/ast';
import type { BodyFacts } from './facts';
import type { MovedUses } from './movedUse';
import { UseKind } from './visit';

/** `QuietLocals.of`: no check can report at any use of the whole local. */
export const QUIET = 2;
/** Only a write or a mutable borrow of the whole local can report (it may need `mut`). */
export const QUIET_READS = 1;

/**
 * By local, QUIET, QUIET_READS or 0. A use of a whole local (no projection) can be reported only
 * as a use after move (`MovedUses`: a local no move may have emptied at one of its uses is never
 * asked about), as E0381 (a user variable of a `let` without a value), as a write or `&mut` of
 * something not `mut` (`immutability`: a temporary or the return place never is), as a move out
 * of what may not be moved (a whole local always may), or as a conflict with a loan of the local
 * (none when nothing borrows it).
 */
export function quietLocals(f: BodyFacts, moved: MovedUses, declaredWithoutValue: (span: Span) => boolean): Uint8Array {
  const decls = f.body.localDecls;
  const quiet = new Uint8Array(decls.length);
  const borrowed = new Uint8Array(decls.length);
  for (const loan of f.borrows.loans) borrowed[loan.borrowed.local] = 1;
  for (let local = 0; local < decls.length; local++) {
    if (borrowed[local] === 1 || moved.mayBeMovedOut(local)) continue;
    const decl = decls[local]!;
    if (decl.kind === 'temp' || decl.kind === 'return') quiet[local] = QUIET;
    else if (decl.kind === 'user' && decl.name && declaredWithoutValue(decl.span)) continue;
    else quiet[local] = decl.mutable ? QUIET : QUIET_READS;
  }
  return quiet;
}

/** Whether the use may need the place to be `mut` (`checkMutable`). */
export function writes(kind: UseKind): boolean {
  return kind === UseKind.Store || kind === UseKind.MutBorrow || kind === UseKind.TwoPhaseBorrow;
}
