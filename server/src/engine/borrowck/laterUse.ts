// Where a loan is used after a point: the "borrow later used here" of rustc's messages, the first
// location after the point (breadth first along the CFG) where a local holding the loan is read.
import type { Span } from '../syntax/ast';
import type { Location } from './cfg';
import type { BodyFacts } from './facts';
import { locationKey } from './movePaths';
import { statementUses, terminatorUses } from './visit';

export function laterUse(f: BodyFacts, from: Location, loan: number): Span | undefined {
  const blocks = f.body.basicBlocks;
  // The conflicting access itself may end the loan (a `StorageDead`), so the holders are every
  // local that holds it anywhere, not only just before the access.
  const holders = f.regions.holders(loan);
  const seen = new Set<number>();
  const queue: Location[] = [];
  const enqueueAfter = (l: Location) => {
    const data = blocks[l.block]!;
    if (l.index < data.statements.length) queue.push({ block: l.block, index: l.index + 1 });
    else for (const s of f.cfg.successors[l.block]!) if (!blocks[s]!.isCleanup) queue.push({ block: s, index: 0 });
  };
  enqueueAfter(from);
  while (queue.length > 0) {
    const l = queue.shift()!;
    const k = locationKey(l);
    if (seen.has(k)) continue;
    seen.add(k);
    const data = blocks[l.block]!;
    const isTerminator = l.index === data.statements.length;
    const uses = isTerminator ? (data.terminator ? terminatorUses(data.terminator) : []) : statementUses(data.statements[l.index]!);
    for (const u of uses) {
      if (u.kind === 'storageDead' || u.kind === 'storageLive' || u.kind === 'drop') continue;
      if (u.kind === 'store' && !u.place.projection.some((e) => e.kind === 'deref')) continue;
      if (holders.has(u.place.local)) return isTerminator ? data.terminator!.span : data.statements[l.index]!.span;
    }
    enqueueAfter(l);
  }
  return undefined;
}
