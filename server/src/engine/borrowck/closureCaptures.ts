// Which loans may end up among a closure's captures. An iterator adapter holds its predicate
// (`Filter<Iter<'a, i32>, {closure}>`), so a local of that type holds the closure's loans too, but
// the items it yields borrow only what the inner iterator lends: a result made of its items must
// not keep the closure's loans (a `filter` capturing `&threshold` leaves `threshold` free once the
// iterator is consumed). The answer is flow-insensitive and errs towards more loans: every local
// a value may flow from into a closure's operands counts, so leaving these loans out of a result
// can only make a region shorter than rustc's (silence), never longer.
import type { Body, Place, Rvalue } from '../mir/syntax';
import { BitSet } from './bitSet';
import type { BorrowSet } from './borrowSet';
import { rvalueOperands } from './visit';

/** The loans whose reference may flow into a closure aggregate's operands in `body`. */
export function closureCapturedLoans(body: Body, borrows: BorrowSet): BitSet {
  const n = body.localDecls.length;
  // `into[to]` lists the locals whose loans may flow into `to`.
  const into: number[][] = Array.from({ length: n }, () => []);
  const reaching = new Set<number>();
  const edge = (from: number, to: number) => {
    if (from !== to) into[to]!.push(from);
  };
  for (const block of body.basicBlocks) {
    for (const s of block.statements) {
      if (s.kind !== 'assign') continue;
      const to = s.place.local;
      if (s.rvalue.kind === 'aggregate' && s.rvalue.aggregate.kind === 'closure') {
        for (const o of s.rvalue.operands) if (o.kind !== 'constant') reaching.add(o.place.local);
      }
      for (const from of flowsFrom(s.rvalue)) edge(from, to);
      // A store through the new reference lands in the borrowed place (`&mut v` then `push`).
      if (s.rvalue.kind === 'ref' && s.rvalue.borrow !== 'shared') edge(to, s.rvalue.place.local);
      // A store through a pointer in the destination lands where that pointer points.
      if (s.place.projection.length > 0) for (const from of flowsFrom(s.rvalue)) edge(from, s.place.local);
    }
    const t = block.terminator;
    if (t?.kind !== 'call') continue;
    const args = t.args.flatMap((a) => (a.kind === 'constant' ? [] : [a.place.local]));
    // Any argument may flow into the result or be stored through another (`&mut`) argument.
    for (const a of args) {
      edge(a, t.destination.local);
      for (const b of args) edge(a, b);
    }
  }
  const stack = [...reaching];
  while (stack.length > 0) {
    for (const from of into[stack.pop()!]!) {
      if (reaching.has(from)) continue;
      reaching.add(from);
      stack.push(from);
    }
  }
  const out = new BitSet(borrows.loans.length);
  for (const l of borrows.loans) if (reaching.has(l.assignedTo)) out.add(l.index);
  return out;
}

/** The locals whose loans an rvalue passes on (a new `&x` passes only its own loan, made where it is assigned). */
function flowsFrom(r: Rvalue): number[] {
  if (r.kind === 'ref') return derefs(r.place) ? [r.place.local] : [];
  if (r.kind === 'copyForDeref') return [r.place.local];
  return rvalueOperands(r).flatMap((o) => (o.kind === 'constant' ? [] : [o.place.local]));
}

function derefs(p: Place): boolean {
  return p.projection.some((e) => e.kind === 'deref');
}
