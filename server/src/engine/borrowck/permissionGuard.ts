// Where the loans' regions may be shorter than rustc's. The checker follows a borrow into a
// call's result only by the callee's declaration, and drops one stored through a pointer: for
// errors that is silence, but a permission computed from too short a region would be a false
// "W" or "O". So for permissions a call whose declaration ties its result to no argument (or that
// has none to read: `Iterator::next`, `collect`, a closure) ties it to every argument, and the
// result keeps their borrows if its type can hold one (rustc relates the lifetimes of a generic
// result to its inputs the same way); a body that may store a borrow where the checker cannot
// follow it gets no permissions, and says why.
import type { Operand, Place } from '../mir/syntax';
import type { CallSignatures } from './loanFlow';
import type { Location } from './cfg';
import type { PermissionFacts as BodyFacts } from './permissionRegions';
import { placeTy } from './places';
import { mayCarryLoans } from './regionTypes';
import { DECLARED_SIGNATURES } from './signatures';

function calleeName(func: Operand): string {
  if (func.kind === 'constant' && func.constant.value.kind === 'fn') return `\`${func.constant.value.def.name}\``;
  return 'a closure or function pointer';
}

export const PERMISSION_SIGNATURES: CallSignatures = {
  returnBorrowsFrom(func, argCount) {
    const declared = DECLARED_SIGNATURES.returnBorrowsFrom(func, argCount);
    return declared.length > 0 ? declared : Array.from({ length: argCount }, (_, i) => i);
  },
  argumentStores: (func) => DECLARED_SIGNATURES.argumentStores?.(func) ?? [],
};

export function untracedBorrow(f: BodyFacts): string | undefined {
  const { body, borrows, regions } = f;
  if (borrows.loans.length === 0) return undefined;
  const holdsLoans = (at: Location, local: number) => borrows.loans.some((l) => regions.holds(at, local, l.index));
  const carries = (p: Place): boolean => {
    const ty = placeTy(body, p);
    return !ty || mayCarryLoans(ty);
  };
  for (const block of f.cfg.reversePostOrder) {
    const data = body.basicBlocks[block]!;
    if (data.isCleanup) continue;
    for (let index = 0; index < data.statements.length; index++) {
      const s = data.statements[index]!;
      if (s.kind !== 'assign' || !s.place.projection.some((e) => e.kind === 'deref') || !carries(s.place)) continue;
      const at = { block, index };
      const from = s.rvalue.kind === 'ref' ? [s.rvalue.place.local] : s.rvalue.kind === 'use' && s.rvalue.operand.kind !== 'constant' ? [s.rvalue.operand.place.local] : [];
      if (s.rvalue.kind === 'ref' || from.some((l) => holdsLoans(at, l))) return 'a borrow stored through a reference';
    }
    const t = data.terminator;
    if (t?.kind !== 'call') continue;
    const at = f.cfg.terminatorLocation(block);
    const stored = DECLARED_SIGNATURES.argumentStores?.(t.func) ?? [];
    for (let i = 0; i < t.args.length; i++) {
      const a = t.args[i]!;
      if (a.kind === 'constant' || !holdsLoans(at, a.place.local)) continue;
      // Another argument is a `&mut` to something that may keep this argument's borrows.
      for (let j = 0; j < t.args.length; j++) {
        const into = t.args[j]!;
        if (j === i || into.kind === 'constant') continue;
        const ty = placeTy(body, into.place);
        if (ty?.k !== 'ref' || !ty.mut || !mayCarryLoans(ty.inner)) continue;
        if (!stored.some((s) => s.from === i && s.into === j)) return `a call to ${calleeName(t.func)} that may store a borrow`;
      }
    }
  }
  return undefined;
}
