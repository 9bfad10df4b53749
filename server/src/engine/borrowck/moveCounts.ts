// How many times each local is moved out and initialised, and where the last time was: what
// most bodies ask of their moves (is a local moved more than once? is a `let`'s one assignment
// the first? may a use find it moved out?), counted in one pass over the uses. The move paths themselves (movePaths.ts) are
// made only for a body that asks more.
import type { Body, Place } from '../mir/syntax';
import type { Cfg } from './cfg';
import { type BodyUses, UseKind, usesOf } from './visit';

export class MoveCounts {
  /** Per local: the move-outs of its tracked paths the user wrote (drops are not counted), as `MoveData.moves`. */
  readonly moves: Int32Array;
  /** Where its last move-out is: the block and the index in it. */
  readonly moveBlock: Int32Array;
  readonly moveIndex: Int32Array;
  /** Per local: its initialisations, as `MoveData.initsOfLocal` (a parameter's at the entry among them). */
  readonly inits: Int32Array;
  /** Where the last one is: -1 for the entry. */
  readonly initBlock: Int32Array;
  readonly initIndex: Int32Array;
  /** Whether any local is moved out. */
  readonly anyMove: boolean;
  /**
   * Per local: its uses in any block that the use-after-move check may be asked about (`MovedUses`:
   * every use but fake and raw borrows, drops and storage markers, and of stores only those into a
   * part), counted in the same pass; a block no path reaches is counted too.
   */
  readonly checkedUses: Int32Array;

  constructor(body: Body, cfg: Cfg) {
    const n = body.localDecls.length;
    this.moves = new Int32Array(n);
    this.moveBlock = new Int32Array(n);
    this.moveIndex = new Int32Array(n);
    this.inits = new Int32Array(n);
    this.initBlock = new Int32Array(n);
    this.initIndex = new Int32Array(n);
    for (let a = 1; a <= body.argCount; a++) {
      this.inits[a]!++;
      this.initBlock[a] = -1;
    }
    let anyMove = false;
    const checked = (this.checkedUses = new Int32Array(n));
    // The locations `MoveData` gathers from, in its order: the reachable blocks.
    const uses = usesOf(body);
    const { kinds, places, locals, start, first } = uses;
    const order = cfg.reversePostOrder;
    for (let o = 0; o < order.length; o++) {
      const block = order[o]!;
      const data = body.basicBlocks[block]!;
      const last = data.terminator ? data.statements.length : data.statements.length - 1;
      for (let index = 0; index <= last; index++) {
        for (let i = start[first[block]! + index]!, end = start[first[block]! + index + 1]!; i < end; i++) {
          const kind = kinds[i]!;
          const place = places[i]!;
          if (checkedUse(kind, place)) checked[locals[i]!]!++;
          if (kind !== UseKind.Move && kind !== UseKind.Store) continue;
          if (!tracked(place)) continue;
          const local = locals[i]!;
          if (kind === UseKind.Move) {
            this.moves[local]!++;
            this.moveBlock[local] = block;
            this.moveIndex[local] = index;
            anyMove = true;
          } else {
            this.inits[local]!++;
            this.initBlock[local] = block;
            this.initIndex[local] = index;
          }
        }
      }
    }
    this.anyMove = anyMove;
    if (order.length === body.basicBlocks.length) return;
    const reached = new Uint8Array(body.basicBlocks.length);
    for (let o = 0; o < order.length; o++) reached[order[o]!] = 1;
    for (let block = 0; block < body.basicBlocks.length; block++) {
      if (reached[block] === 1) continue;
      for (let i = start[first[block]!]!, end = start[first[block + 1]!]!; i < end; i++) {
        if (checkedUse(kinds[i]!, places[i]!)) checked[locals[i]!]!++;
      }
    }
  }
}

export function checkedUse(kind: UseKind, place: Place): boolean {
  return kind === UseKind.Store ? place.projection.length > 0
    : kind !== UseKind.FakeBorrow && kind !== UseKind.RawBorrow && kind !== UseKind.Drop && kind !== UseKind.StorageLive && kind !== UseKind.StorageDead;
}

/** Whether the place has a move path: fields and variants from the local only (`MoveData.pathFor`). */
function tracked(place: Place): boolean {
  const projection = place.projection;
  for (let i = 0; i < projection.length; i++) if (projection[i]!.kind !== 'field' && projection[i]!.kind !== 'downcast') return false;
  return true;
}

/**
 * Whether a local's move-outs reach a use the use-after-move check may be asked about
 * (`checkedUse`) of a place overlapping the moved one before the whole local is assigned again:
 * after a move in its block, or along any path from there, round a loop back to the move itself.
 * The check's backward walk from any other use stops at that assignment, never meets a move, or
 * asks about a disjoint field (`_3.0` after a move of `_3.1`), so such a local is never found
 * moved out and its body needs no move paths for it.
 */
export function moveReachesAUse(body: Body, cfg: Cfg, counts: MoveCounts, local: number): boolean {
  const uses = usesOf(body);
  if (counts.moves[local] === 1) return reachesAUse(body, cfg, uses, counts.moveBlock[local]!, counts.moveIndex[local]!, local, undefined);
  // Every move-out of the local's tracked paths, as `MoveCounts` counts them (in every block: more only keeps the local in).
  const blocks = body.basicBlocks;
  for (let block = 0; block < blocks.length; block++) {
    for (let index = 0, last = blocks[block]!.statements.length; index <= last; index++) {
      for (let i = uses.begin(block, index), end = uses.end(block, index); i < end; i++) {
        const place = uses.place(i);
        if (place.local === local && uses.kind(i) === UseKind.Move && tracked(place) && reachesAUse(body, cfg, uses, block, index, local, place)) return true;
      }
    }
  }
  return false;
}

/** From the move of `moved` (undefined: the local's one move, found at its location) at `block`/`index`. */
function reachesAUse(body: Body, cfg: Cfg, uses: BodyUses, block: number, index: number, local: number, moved: Place | undefined): boolean {
  const place = moved ?? movedAt(uses, block, index, local);
  const temp = body.localDecls[local]!.kind === 'temp';
  const after = past(uses, body, place, temp, block, index + 1);
  if (after !== PASSES) return after === USED;
  const seen = new Uint8Array(body.basicBlocks.length);
  const stack = cfg.successors[block]!.slice();
  while (stack.length > 0) {
    const b = stack.pop()!;
    if (seen[b] === 1) continue;
    seen[b] = 1;
    const found = past(uses, body, place, temp, b, 0);
    if (found === USED) return true;
    if (found === ASSIGNED) continue;
    const next = cfg.successors[b]!;
    for (let i = 0; i < next.length; i++) if (seen[next[i]!] !== 1) stack.push(next[i]!);
  }
  return false;
}

function movedAt(uses: BodyUses, block: number, index: number, local: number): Place {
  for (let i = uses.begin(block, index), end = uses.end(block, index); i < end; i++) {
    const place = uses.place(i);
    if (place.local === local && uses.kind(i) === UseKind.Move && tracked(place)) return place;
  }
  throw new Error('no move-out where the move counts put it');
}

const USED = 0;
const ASSIGNED = 1;
const PASSES = 2;

/** Whether two places of one local may overlap: neither goes to a different field or variant than the other where both have one. */
function overlaps(a: Place, b: Place): boolean {
  const n = Math.min(a.projection.length, b.projection.length);
  for (let i = 0; i < n; i++) {
    const x = a.projection[i]!;
    const y = b.projection[i]!;
    if (x.kind === 'field' && y.kind === 'field') {
      if (x.index !== y.index) return false;
    } else if (x.kind === 'downcast' && y.kind === 'downcast') {
      if (x.variant !== y.variant) return false;
    } else return true;
  }
  return true;
}

/**
 * From location `from` of the block on: the first location with a checked use of a place
 * overlapping `moved`, or one that assigns its local whole, or neither. A temporary's storage
 * ending counts as an assignment: the builder gives a temporary a value after each `StorageLive`
 * before any use (and rustc's move data takes a `StorageDead` for a move-out, which a later use's
 * walk back stops at), so its walk stops there instead of running on to the body's end: a
 * temporary moved in a loop used to walk everything after the loop.
 */
function past(uses: BodyUses, body: Body, moved: Place, temp: boolean, block: number, from: number): number {
  const local = moved.local;
  const { kinds, places, locals, start } = uses;
  const at = uses.first[block]!;
  const last = body.basicBlocks[block]!.statements.length;
  for (let index = from; index <= last; index++) {
    let assigned = false;
    for (let i = start[at + index]!, end = start[at + index + 1]!; i < end; i++) {
      if (locals[i] !== local) continue;
      const place = places[i]!;
      const kind = kinds[i]!;
      if (checkedUse(kind, place) && overlaps(place, moved)) return USED;
      if ((kind === UseKind.Store && place.projection.length === 0) || (temp && kind === UseKind.StorageDead)) assigned = true;
    }
    if (assigned) return ASSIGNED;
  }
  return PASSES;
}
