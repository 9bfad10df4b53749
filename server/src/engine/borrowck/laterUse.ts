// Where a loan is used after a point: the "borrow later used here" of rustc's messages, the first
// location after the point (breadth first along the CFG) where a local holding the loan is read.
import type { Span } from '../syntax/ast';
import type { Location } from './cfg';
import type { BodyFacts } from './facts';
import { locationKey } from './movePaths';
import { statementUses, terminatorUses } from './visit';
import type { Terminator } from '../mir/syntax';

export function laterUse(f: BodyFacts, from: Location, loan: number): Span | undefined {
  return laterUseAt(f, from, loan)?.span;
}

/**
 * The later use with its location. Like rustc, which explains a loan by the region nearest to it
 * in the flow of the loan that is live at the point (a `for` loop's iterator before the item it
 * handed out), the holder live at `from` that got the loan first is followed alone when it is
 * used again; otherwise any holder's first use.
 */
export function laterUseAt(f: BodyFacts, from: Location, loan: number): { span: Span; location: Location } | undefined {
  // The conflicting access itself may end the loan (a `StorageDead`), so the holders are every
  // local that holds it anywhere, not only just before the access.
  const holders = f.regions.holders(loan);
  const nearest = nearestLiveHolder(f, from, loan, holders);
  return (nearest === undefined ? undefined : firstUse(f, from, new Set([nearest]))) ?? firstUse(f, from, holders);
}

function nearestLiveHolder(f: BodyFacts, from: Location, loan: number, holders: ReadonlySet<number>): number | undefined {
  const live = f.live.at(from);
  const candidates = [...holders].filter((x) => live.has(x) && f.regions.holds(from, x, loan));
  if (candidates.length < 2) return candidates[0];
  const order = new Map<number, number>();
  let step = 0;
  for (const block of f.cfg.reversePostOrder) {
    const n = f.body.basicBlocks[block]!.statements.length;
    for (let index = 0; index <= n; index++, step++) {
      for (const x of candidates) if (!order.has(x) && f.regions.holds({ block, index }, x, loan)) order.set(x, step);
    }
    if (order.size === candidates.length) break;
  }
  return candidates.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))[0];
}

function firstUse(f: BodyFacts, from: Location, holders: ReadonlySet<number>): { span: Span; location: Location } | undefined {
  const blocks = f.body.basicBlocks;
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
      if (holders.has(u.place.local)) return { span: isTerminator ? terminatorUseSpan(data.terminator!, holders) : data.statements[l.index]!.span, location: l };
    }
    enqueueAfter(l);
  }
  return undefined;
}

/** A call uses a borrow at the argument the user wrote that carries it (rustc's temporary for it), else as a whole. */
function terminatorUseSpan(t: Terminator, holders: ReadonlySet<number>): Span {
  if (t.kind !== 'call' || !t.argSpans) return t.span;
  const i = t.args.findIndex((a) => a.kind !== 'constant' && holders.has(a.place.local));
  return (i >= 0 ? t.argSpans[i] : undefined) ?? t.span;
}
