// Which locals may hold a loan anywhere in a body, flow-insensitively: a superset of every local
// the held-loans analysis (loanFlow.ts) ever gives a loan, found by closing over the body's
// assignments and calls without a state per location. Where none of these locals is live, no
// loan is in scope, so the check there needs neither the loans' regions nor their dataflow: in
// most bodies the borrowed places are accessed (moved, reassigned, their storage ended) only
// after every reference to them is dead.
import type { Body, Operand, Place, Rvalue } from '../mir/syntax';
import type { BorrowSet } from './borrowSet';
import type { Cfg } from './cfg';
import type { CallSignatures } from './loanFlow';
import { type BodyUses, UseKind } from './visit';

/**
 * By local, 1 where it may hold a loan. Each rule over-approximates one flow of `HeldLoans`: a
 * local written from a value that mentions a holder (an operand, a reborrow's base, a call's
 * argument) may hold; a store through a pointer (a guard's cell, a `&mut` argument's referent)
 * may reach any borrowed local, so with one every borrowed local may hold.
 */
export function mayHoldLoans(body: Body, borrows: BorrowSet, carries: readonly boolean[], calls: CallSignatures): Uint8Array {
  const n = body.localDecls.length;
  const holds = new Uint8Array(n);
  const loans = borrows.loans;
  for (let i = 0; i < loans.length; i++) {
    const to = loans[i]!.assignedTo;
    if (carries[to]) holds[to] = 1;
  }
  if (loans.length === 0) return holds;
  let borrowedHold = false;
  const blocks = body.basicBlocks;
  // Every pass in block order; a loop's back edge may need another pass, and each adds a holder.
  for (let changed = true; changed;) {
    changed = false;
    for (let b = 0; b < blocks.length; b++) {
      const data = blocks[b]!;
      const statements = data.statements;
      for (let i = 0; i < statements.length; i++) {
        const s = statements[i]!;
        if (s.kind !== 'assign' || !rvalueMentions(s.rvalue, holds)) continue;
        if (write(s.place, holds, carries)) changed = true;
        if (!borrowedHold && hasDeref(s.place)) borrowedHold = changed = true;
      }
      const t = data.terminator;
      if (t?.kind !== 'call') continue;
      let any = false;
      for (let a = 0; a < t.args.length && !any; a++) any = operandMentions(t.args[a]!, holds);
      if (!any) continue;
      if (write(t.destination, holds, carries)) changed = true;
      if (!borrowedHold && (hasDeref(t.destination) || (calls.argumentStores?.(t.func).length ?? 0) > 0)) borrowedHold = changed = true;
    }
    if (borrowedHold) {
      for (let i = 0; i < loans.length; i++) {
        const local = loans[i]!.borrowed.local;
        if (carries[local] && holds[local] === 0) {
          holds[local] = 1;
          changed = true;
        }
      }
    }
  }
  return holds;
}

/** Marks the written place's local; whether it was new. */
function write(place: Place, holds: Uint8Array, carries: readonly boolean[]): boolean {
  const local = place.local;
  if (holds[local] === 1 || !carries[local]) return false;
  holds[local] = 1;
  return true;
}

function hasDeref(place: Place): boolean {
  const projection = place.projection;
  for (let i = 0; i < projection.length; i++) if (projection[i]!.kind === 'deref') return true;
  return false;
}

function operandMentions(o: Operand, holds: Uint8Array): boolean {
  return o.kind !== 'constant' && holds[o.place.local] === 1;
}

/** Whether the value may carry a loan some local already holds. */
function rvalueMentions(r: Rvalue, holds: Uint8Array): boolean {
  switch (r.kind) {
    // A new loan's local is a holder from the start: a `&` adds only what a reborrow's base holds.
    case 'ref': case 'copyForDeref': return holds[r.place.local] === 1;
    case 'use': case 'repeat': case 'cast': return operandMentions(r.operand, holds);
    case 'aggregate': {
      const operands = r.operands;
      for (let i = 0; i < operands.length; i++) if (operandMentions(operands[i]!, holds)) return true;
      return false;
    }
    default: return false;
  }
}

/**
 * By location (`BodyUses.locationIndex`), 1 where some local `holds` marks may be live: NLL's
 * liveness of those locals alone, walked back from each read to the definitions before it. A
 * location that both reads and defines one counts as live, so this is liveness or more.
 */
export function holdersLive(cfg: Cfg, uses: BodyUses, holds: Uint8Array): Uint8Array {
  const blocks = cfg.body.basicBlocks;
  const count = uses.locationCount;
  const live = new Uint8Array(count);
  const { kinds, places, locals, start: startOf, first } = uses;
  // The reads of the holders, by local (counting sort): where each local's walks start.
  const perLocal = new Int32Array(holds.length + 1);
  let reads = 0;
  for (let i = 0, end = startOf[count]!; i < end; i++) {
    const local = locals[i]!;
    if (holds[local] === 1 && isRead(kinds[i]!, places[i]!)) {
      perLocal[local + 1]!++;
      reads++;
    }
  }
  if (reads === 0) return live;
  for (let local = 0; local < holds.length; local++) perLocal[local + 1]! += perLocal[local]!;
  const readAt = new Int32Array(reads);
  const next = perLocal.slice(0, holds.length);
  for (let at = 0; at < count; at++) {
    for (let i = startOf[at]!, end = startOf[at + 1]!; i < end; i++) {
      const local = locals[i]!;
      if (holds[local] === 1 && isRead(kinds[i]!, places[i]!)) readAt[next[local]!++] = at;
    }
  }
  const blockOf = new Int32Array(count);
  for (let b = 0; b < blocks.length; b++) blockOf.fill(b, first[b]!, first[b + 1]!);
  // `seen[at] === local + 1`: the walk for that local has been at the location.
  const seen = new Int32Array(count);
  const stack: number[] = [];
  for (let local = 0; local < holds.length; local++) {
    const stamp = local + 1;
    for (let r = perLocal[local]!, end = perLocal[local + 1]!; r < end; r++) {
      const start = readAt[r]!;
      if (seen[start] === stamp) continue;
      seen[start] = stamp;
      live[start] = 1;
      stack.push(start);
      while (stack.length > 0) {
        const from = stack.pop()!;
        const block = blockOf[from]!;
        if (from > first[block]!) {
          if (liveBefore(uses, from - 1, local, seen, live)) stack.push(from - 1);
          continue;
        }
        const preds = cfg.predecessors[block]!;
        for (let p = 0; p < preds.length; p++) {
          // A block's terminator is its last location, just before the next block's first.
          const at = first[preds[p]! + 1]! - 1;
          if (liveBefore(uses, at, local, seen, live)) stack.push(at);
        }
      }
    }
  }
  return live;
}

/** Liveness reads the place's local there: any use but a drop, a storage marker or a write of the whole local. */
function isRead(kind: UseKind, place: Place): boolean {
  if (kind === UseKind.Drop || kind === UseKind.StorageLive || kind === UseKind.StorageDead) return false;
  return kind !== UseKind.Store || place.projection.length > 0;
}

/**
 * The walk for `local` reaches `at` from the location after it, where the local is live: it is
 * live at `at` too unless `at` defines it without reading it. Whether to walk on from there.
 */
function liveBefore(uses: BodyUses, at: number, local: number, seen: Int32Array, live: Uint8Array): boolean {
  if (seen[at] === local + 1) return false;
  seen[at] = local + 1;
  let defined = false;
  const { kinds, places, locals, start } = uses;
  for (let i = start[at]!, end = start[at + 1]!; i < end; i++) {
    if (locals[i] !== local) continue;
    const kind = kinds[i]!;
    if (isRead(kind, places[i]!)) {
      defined = false;
      break;
    }
    if (kind !== UseKind.Drop) defined = true;
  }
  if (defined) return false;
  live[at] = 1;
  return true;
}
