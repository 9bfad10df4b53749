// Use after move (E0382) as rustc's borrow checker finds it: a place is read, borrowed or assigned
// in part where the maybe-uninitialised analysis says its move path (or a prefix, or a part of it)
// may have been moved out, and walking the CFG backwards from there reaches the move-outs that
// did it. Maybe-uninitialised without any move-out reaching is E0381's, not this.
import type { Place } from '../mir/syntax';
import type { Span } from '../syntax/ast';
import { typeName } from '../typeck/print';
import type { Ty } from '../typeck/ty';
import type { Cfg, Location } from './cfg';
import type { BorrowError, BorrowLabel } from './errors';
import type { BodyFacts } from './facts';
import { moveReachesAUse } from './moveCounts';
import { locationKey } from './movePaths';
import { describePlace, placeTy } from './places';

/** What the use wants of the place, in rustc's words (`InitializationRequiringAction`). */
export type MovedUseAction = 'use' | 'borrow' | 'assignPart';

/** One move-out the backward walk reached, and whether it crossed a loop's back edge to get there. */
export interface MoveSite {
  readonly move: number;
  readonly span: Span;
  readonly previousIteration: boolean;
  /** The move is of a part of the place the message names (`value partially moved here`). */
  readonly partial: boolean;
  readonly inClosure: boolean;
}

/** The moved place of an E0382, for the quick fixes that borrow or clone at its moves. */
export interface MovedPlace {
  readonly name: string | undefined;
  /** The place the use names (`v`, `p.name`), and whether it is a closure capturing it. */
  readonly used: string | undefined;
  readonly usedByClosure: boolean;
  /** The checked body: a span inside a closure of it is a capture, and rustc points at the closure. */
  readonly body: Span;
  readonly ty: Ty | undefined;
  /** The message names a part of a value (`p.name`) or a use of a partially moved one. */
  readonly partial: boolean;
  readonly sites: readonly MoveSite[];
}

export interface MovedUseError extends BorrowError {
  readonly moved: MovedPlace;
}

export function isMovedUseError(e: BorrowError): e is MovedUseError {
  return 'moved' in e;
}

/** A use after move found at a location, before rustc's de-duplication. */
interface Found {
  readonly location: Location;
  readonly used: Place;
  readonly key: string;
  readonly error: MovedUseError;
}

/** Collects the E0382 errors of one body as rustc buffers them: one per set of move-outs. */
export class MovedUses {
  private readonly found: Found[] = [];

  constructor(private readonly f: BodyFacts) {}

  private movedLocals: Uint8Array | undefined;

  /** Whether a use of the local may find it moved out by a move the user wrote (`findMovedLocals`): `check` says nothing of one that may not. */
  mayBeMovedOut(local: number): boolean {
    this.movedLocals ??= this.findMovedLocals();
    return this.movedLocals[local] === 1;
  }

  /**
   * The locals a move-out may have emptied at one of their uses. A local none of whose moves
   * reaches a checked use of an overlapping place before the local is assigned again
   * (`moveReachesAUse`) is not among them: that is most temporaries (made, then passed to a call;
   * in a loop, made again each iteration) and most variables read and then moved, so most bodies
   * need no move paths nor maybe-uninitialised state at all. A local whose one checked use is its
   * move, in a block on no cycle, needs no walk: the move would have to come round to itself.
   */
  private findMovedLocals(): Uint8Array {
    const { body, moveCounts: counts, cfg } = this.f;
    const n = body.localDecls.length;
    const out = new Uint8Array(n);
    const moveCount = counts.moves;
    const moveBlock = counts.moveBlock;
    if (!counts.anyMove) return out;
    // Every use `check` may be asked about, in any block (counting more only keeps a local in).
    const checked = counts.checkedUses;
    for (let local = 0; local < n; local++) {
      if (moveCount[local] === 0) continue;
      if (moveCount[local] === 1 && checked[local] === 1 && !cfg.onCycle(moveBlock[local]!)) continue;
      if (!moveReachesAUse(body, cfg, counts, local)) continue;
      out[local] = 1;
    }
    return out;
  }

  /**
   * rustc visits locations in its reverse post-order and keeps, per set of move-outs, the last
   * error whose used place is not a prefix of the one kept before (`move_error_reported`).
   */
  get errors(): MovedUseError[] {
    if (this.found.length === 0) return [];
    const order = rustcBlockOrder(this.f.cfg);
    const sorted = [...this.found].sort((a, b) => order[a.location.block]! - order[b.location.block]! || a.location.index - b.location.index);
    const kept = new Map<string, Found>();
    for (const x of sorted) {
      const earlier = kept.get(x.key);
      if (earlier && isPrefix(x.used, earlier.used)) continue;
      kept.set(x.key, x);
    }
    return [...kept.values()].map((x) => x.error);
  }

  /**
   * Checks one access; true when the place may be moved out here by a move-out the walk reaches
   * (reported unless `report` is false, or silenced as a repeat of an error already reported), so
   * that E0381 stays quiet.
   */
  check(location: Location, place: Place, action: MovedUseAction, deep: boolean, span: Span, report = true): boolean {
    // Only a move-out the user wrote makes a site (`moveSites`): a local none of whose paths is
    // ever moved out needs no maybe-uninitialised state, and most locals are never moved.
    if (!this.mayBeMovedOut(place.local)) return false;
    const md = this.f.moves;
    const results = this.f.init.maybeUninit;
    let moved: number | undefined;
    let partialUse = false;
    if (action === 'assignPart') {
      // `x.a = v` where `x` (or a prefix) may be moved: the part has no whole to be assigned into.
      for (let n = place.projection.length - 1; n >= 0 && moved === undefined; n--) {
        const e = place.projection[n];
        if (e && e.kind !== 'field') return false;
        const p = md.find({ local: place.local, projection: place.projection.slice(0, n) });
        if (p !== undefined && results.has(location, p)) moved = p;
      }
    } else {
      const prefix = md.nearest(place);
      if (results.has(location, prefix)) moved = prefix;
      else if (deep) {
        const exact = md.find(place);
        if (exact !== undefined) {
          const below = md.subtree(exact);
          for (let i = 0; i < below.length && moved === undefined; i++) if (below[i] !== exact && results.has(location, below[i]!)) moved = below[i];
          partialUse = moved !== undefined;
        }
      }
    }
    if (moved === undefined) return false;
    const sites = this.moveSites(location, moved, place);
    if (sites.length === 0) return false;
    if (!report) return true;
    const key = sites.map((s) => s.move).sort((a, b) => a - b).join(',');
    this.found.push({ location, used: place, key, error: this.error(location, place, md.paths[moved]!.place, partialUse, action, span, sites) });
    return true;
  }

  /**
   * rustc's `get_moved_indexes`: from the use backwards through the CFG (never into cleanup
   * blocks), the move-outs of the path or of a prefix of it, stopping a branch at a move-out or an
   * assignment that initialises the path again.
   */
  private moveSites(from: Location, path: number, used: Place): MoveSite[] {
    const { cfg, body, moves: md } = this.f;
    const rpo = new Map<number, number>();
    cfg.reversePostOrder.forEach((b, i) => rpo.set(b, i));
    const relevant = new Set<number>();
    for (let p: number | undefined = path; p !== undefined; p = md.paths[p]!.parent) relevant.add(p);
    const sites = new Map<number, MoveSite>();
    const visited = new Set<number>();
    const stack: { location: Location; back: boolean }[] = [];
    const pushPredecessors = (l: Location, back: boolean) => {
      if (l.index > 0) {
        stack.push({ location: { block: l.block, index: l.index - 1 }, back });
        return;
      }
      for (const pred of cfg.predecessors[l.block]!) {
        if (body.basicBlocks[pred]!.isCleanup || !rpo.has(pred)) continue;
        stack.push({ location: cfg.terminatorLocation(pred), back: back || rpo.get(pred)! >= rpo.get(l.block)! });
      }
    };
    pushPredecessors(from, false);
    while (stack.length > 0) {
      const { location, back } = stack.pop()!;
      const k = locationKey(location);
      if (visited.has(k)) continue;
      visited.add(k);
      let stop = false;
      for (const m of md.movesAt.get(k) ?? []) {
        const out = md.moves[m]!;
        if (out.byDrop || !relevant.has(out.path)) continue;
        if (!sites.has(m)) sites.set(m, { move: m, span: this.spanAt(location), previousIteration: back, partial: isStrictPrefix(used, md.paths[out.path]!.place), inClosure: this.movesIntoClosure(location) });
        stop = true;
      }
      for (const i of md.initsAt.get(k) ?? []) if (relevant.has(md.inits[i]!.path)) stop = true;
      if (!stop) pushPredecessors(location, back);
    }
    return [...sites.values()].sort((a, b) => a.span.start - b.span.start);
  }

  private spanAt(l: Location): Span {
    const data = this.f.body.basicBlocks[l.block]!;
    return l.index < data.statements.length ? data.statements[l.index]!.span : data.terminator!.span;
  }

  private movesIntoClosure(l: Location): boolean {
    const s = this.f.body.basicBlocks[l.block]!.statements[l.index];
    return s?.kind === 'assign' && s.rvalue.kind === 'aggregate' && s.rvalue.aggregate.kind === 'closure';
  }

  private error(location: Location, used: Place, movedPath: Place, partialUse: boolean, action: MovedUseAction, span: Span, sites: MoveSite[]): MovedUseError {
    const { body, moves: md } = this.f;
    // rustc names the moved path (the used place when only a part of it was moved); a part of an
    // enum variant has no name it prints.
    const shown = partialUse ? used : movedPath;
    const named = shown.projection.some((e) => e.kind === 'downcast') ? undefined : describePlace(body, shown);
    const partially = partialUse ? 'partially ' : '';
    const noun = action === 'borrow' ? 'borrow' : 'use';
    const message = action === 'assignPart'
      ? `assign to part of moved value${named ? `: \`${named}\`` : ''}`
      : `${noun} of ${partially}moved value${named ? `: \`${named}\`` : ''}`;
    const label = action === 'assignPart'
      ? 'value partially assigned here after move'
      : `value ${action === 'borrow' ? 'borrowed' : 'used'} here after ${partialUse ? 'partial ' : ''}move`;
    const related: BorrowLabel[] = sites.map((s) => ({
      span: s.span,
      message: `value ${s.inClosure ? 'moved into closure' : s.partial ? 'partially moved' : 'moved'} here${s.previousIteration ? ', in previous iteration of loop' : ''}`,
    }));
    // The note is about what the move took: the whole variable, when a site moved all of it.
    const whole = sites.find((s) => md.paths[md.moves[s.move]!.path]!.place.projection.length === 0);
    const note = this.copyNote(whole ? { local: movedPath.local, projection: [] } : undefined);
    const moved: MovedPlace = {
      name: describePlace(body, movedPath), ty: placeTy(body, movedPath),
      used: describePlace(body, used), usedByClosure: this.movesIntoClosure(location), body: body.span,
      partial: partialUse || movedPath.projection.length > 0 || sites.some((s) => s.partial), sites,
    };
    return { code: 'E0382', span, message, label, related: note ? [...related, note] : related, moved };
  }

  /** "move occurs because `x` has type `T`, which does not implement the `Copy` trait", at the binding. */
  private copyNote(moved: Place | undefined): BorrowLabel | undefined {
    if (!moved) return undefined;
    const decl = this.f.body.localDecls[moved.local]!;
    const ty = placeTy(this.f.body, moved);
    const name = describePlace(this.f.body, moved);
    if (!ty || !name || (decl.kind !== 'user' && decl.kind !== 'arg')) return undefined;
    return { span: decl.span, message: `move occurs because \`${name}\` has type \`${typeName(ty)}\`, which does not implement the \`Copy\` trait` };
  }
}

/**
 * Each block's position in rustc's reverse post-order, whose depth-first walk takes a block's
 * successors last to first: a loop's exit comes before its body.
 */
function rustcBlockOrder(cfg: Cfg): number[] {
  const n = cfg.successors.length;
  const post: number[] = [];
  const visited = new Uint8Array(n);
  const stack: [number, number][] = n > 0 ? [[0, cfg.successors[0]!.length]] : [];
  if (n > 0) visited[0] = 1;
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    if (top[1] > 0) {
      const next = cfg.successors[top[0]]![--top[1]]!;
      if (!visited[next]) {
        visited[next] = 1;
        stack.push([next, cfg.successors[next]!.length]);
      }
    } else {
      post.push(top[0]);
      stack.pop();
    }
  }
  const order = new Array<number>(n).fill(n);
  post.reverse().forEach((b, i) => (order[b] = i));
  return order;
}

/** Whether `a` is `b` or a prefix of it (same local, `a`'s projections leading `b`'s). */
function isPrefix(a: Place, b: Place): boolean {
  if (a.local !== b.local || a.projection.length > b.projection.length) return false;
  return a.projection.every((e, i) => sameElem(e, b.projection[i]!));
}

function isStrictPrefix(a: Place, b: Place): boolean {
  return a.projection.length < b.projection.length && isPrefix(a, b);
}

function sameElem(a: Place['projection'][number], b: Place['projection'][number]): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'field' && b.kind === 'field') return a.index === b.index;
  if (a.kind === 'downcast' && b.kind === 'downcast') return a.variant === b.variant;
  if (a.kind === 'index' && b.kind === 'index') return a.local === b.local;
  return a.kind === 'deref';
}
