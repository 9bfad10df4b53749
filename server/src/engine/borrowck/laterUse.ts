// Where a loan is used after a point: the "borrow later used here" of rustc's messages, the first
// location after the point (breadth first along the CFG) where a local holding the loan is read.
import type { Span } from '../syntax/ast';
import type { Location } from './cfg';
import type { BodyFacts } from './facts';
import { locationKey } from './movePaths';
import { UseKind, usesOf } from './visit';
import type { Statement, Terminator } from '../mir/syntax';

export function laterUse(f: BodyFacts, from: Location, loan: number): Span | undefined {
  return laterUseAt(f, from, loan)?.span;
}

export interface LaterUse {
  readonly span: Span;
  readonly location: Location;
  /** The call itself uses the borrow (a temporary made for an argument carries it): rustc's "later used by call", at the callee. */
  readonly byCall: boolean;
  /** A closure captures the holder (by reference or by move): rustc's "later captured here by closure", at the use in its body. */
  readonly byClosure?: boolean;
  /** The local holding the loan that is used there. */
  readonly holder?: number;
}

/**
 * The later use with its location. Like rustc, which explains a loan by the region nearest to it
 * in the flow of the loan that is live at the point (a `for` loop's iterator before the item it
 * handed out), the holder live at `from` that got the loan first is followed alone when it is
 * used again; otherwise any holder's first use.
 */
export function laterUseAt(f: BodyFacts, from: Location, loan: number): LaterUse | undefined {
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

function firstUse(f: BodyFacts, from: Location, holders: ReadonlySet<number>): LaterUse | undefined {
  const blocks = f.body.basicBlocks;
  const seen = new Set<number>();
  const queue: Location[] = [];
  const uses = usesOf(f.body);
  const enqueueAfter = (l: Location) => {
    const data = blocks[l.block]!;
    if (l.index < data.statements.length) queue.push({ block: l.block, index: l.index + 1 });
    else for (const s of f.cfg.successors[l.block]!) if (!blocks[s]!.isCleanup) queue.push({ block: s, index: 0 });
  };
  // A call that conflicts with the loan (a two-phase borrow activated there) may itself use it.
  const at = blocks[from.block]!;
  if (from.index === at.statements.length && at.terminator?.kind === 'call') queue.push(from);
  else enqueueAfter(from);
  while (queue.length > 0) {
    const l = queue.shift()!;
    const k = locationKey(l);
    if (seen.has(k)) continue;
    seen.add(k);
    const data = blocks[l.block]!;
    const isTerminator = l.index === data.statements.length;
    for (let i = uses.begin(l.block, l.index), end = uses.end(l.block, l.index); i < end; i++) {
      const kind = uses.kind(i);
      const place = uses.place(i);
      if (kind === UseKind.StorageDead || kind === UseKind.StorageLive || kind === UseKind.Drop) continue;
      if (kind === UseKind.Store && !place.projection.some((e) => e.kind === 'deref')) continue;
      if (!holders.has(place.local)) continue;
      const holder = place.local;
      if (isTerminator) return { ...terminatorUse(f, data.terminator!, holders, k === locationKey(from)), location: l, holder };
      const captured = closureCapture(f, data.statements[l.index]!, holder);
      if (captured) return { span: captured, location: l, byCall: false, byClosure: true, holder };
      return { span: data.statements[l.index]!.span, location: l, byCall: false, holder };
    }
    enqueueAfter(l);
  }
  return undefined;
}

/**
 * The use in a closure's body that captures `holder` at this statement: the closure's aggregate
 * moving it in, or the borrow of it that the aggregate takes (`&mut over` for `|x| !over(x)`).
 */
function closureCapture(f: BodyFacts, s: Statement, holder: number): Span | undefined {
  if (s.kind !== 'assign') return undefined;
  const r = s.rvalue;
  if (r.kind === 'aggregate' && r.aggregate.kind === 'closure') {
    const i = r.operands.findIndex((o) => o.kind !== 'constant' && o.place.local === holder && o.place.projection.length === 0);
    return i >= 0 ? r.aggregate.uses?.[i] : undefined;
  }
  if (r.kind !== 'ref' || r.place.local !== holder || s.place.projection.length > 0) return undefined;
  for (const data of f.body.basicBlocks) {
    for (const c of data.statements) {
      if (c.kind !== 'assign' || c.rvalue.kind !== 'aggregate' || c.rvalue.aggregate.kind !== 'closure') continue;
      const i = c.rvalue.operands.findIndex((o) => o.kind === 'move' && o.place.local === s.place.local && o.place.projection.length === 0);
      if (i >= 0) return c.rvalue.aggregate.uses?.[i];
    }
  }
  return undefined;
}

/**
 * Where a terminator uses a borrow: a variable the user passed is read into rustc's temporary for
 * the argument, at the argument; a temporary the call consumes (`&mut x` written as an argument, an
 * auto-ref'd receiver), or any argument of the call that is itself the conflicting access (its
 * temporaries were made before), is used by the call, which rustc labels at the callee.
 */
function terminatorUse(f: BodyFacts, t: Terminator, holders: ReadonlySet<number>, conflicting: boolean): { span: Span; byCall: boolean } {
  if (t.kind !== 'call') return { span: t.span, byCall: false };
  const i = t.args.findIndex((a) => a.kind !== 'constant' && holders.has(a.place.local));
  if (i < 0) return { span: t.span, byCall: false };
  const a = t.args[i]!;
  const decl = a.kind === 'constant' ? undefined : f.body.localDecls[a.place.local];
  const written = t.argSpans?.[i];
  // At the conflicting call itself, the argument was read into its temporary before: the call uses it.
  if (written && decl && decl.kind !== 'temp' && !conflicting) return { span: written, byCall: false };
  if ((conflicting || decl?.kind === 'temp') && t.func.kind === 'constant') return { span: t.func.constant.span, byCall: true };
  return { span: written ?? t.span, byCall: false };
}
