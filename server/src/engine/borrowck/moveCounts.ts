// How many times each local is moved out and initialised, and where the last time was: what
// most bodies ask of their moves (is a local moved more than once? is a `let`'s one assignment
// the first? may a use find it moved out?), counted in one pass over the uses. The move paths themselves (movePaths.ts) are
// made only for a body that asks more.
import type { Body, Place } from '../mir/syntax';
import type { Cfg } from './cfg';
import { UseKind, usesOf } from './visit';

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
    const order = cfg.reversePostOrder;
    for (let o = 0; o < order.length; o++) {
      const block = order[o]!;
      const data = body.basicBlocks[block]!;
      const last = data.terminator ? data.statements.length : data.statements.length - 1;
      for (let index = 0; index <= last; index++) {
        for (let i = uses.begin(block, index), end = uses.end(block, index); i < end; i++) {
          const kind = uses.kind(i);
          const place = uses.place(i);
          if (checkedUse(kind, place)) checked[place.local]!++;
          if (kind !== UseKind.Move && kind !== UseKind.Store) continue;
          if (!tracked(place)) continue;
          const local = place.local;
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
      for (let i = uses.begin(block, 0), end = uses.end(block, body.basicBlocks[block]!.statements.length); i < end; i++) {
        const place = uses.place(i);
        if (checkedUse(uses.kind(i), place)) checked[place.local]!++;
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
 * Marks in `out` each of `locals` (each moved out once, in a block on no cycle) that has a use the
 * use-after-move check may be asked about (`checkedUse`) at a location its move reaches: after
 * the move in its block, or in a block a path from there leads to. A local used only before its
 * move, or on other branches, cannot be found moved out: the check's backward walk from such a
 * use never meets the move, so the body needs no move paths for it.
 */
export function usedAfterTheirMove(body: Body, cfg: Cfg, counts: MoveCounts, locals: readonly number[], out: Uint8Array): void {
  const pending = new Uint8Array(body.localDecls.length);
  for (let i = 0; i < locals.length; i++) pending[locals[i]!] = 1;
  // Per move block, the blocks its successors lead to (one walk per block, shared by its locals).
  const reached = new Map<number, Uint8Array>();
  const uses = usesOf(body);
  const blocks = body.basicBlocks;
  for (let block = 0; block < blocks.length; block++) {
    const last = blocks[block]!.statements.length;
    for (let index = 0; index <= last; index++) {
      for (let i = uses.begin(block, index), end = uses.end(block, index); i < end; i++) {
        const place = uses.place(i);
        const local = place.local;
        if (pending[local] !== 1 || !checkedUse(uses.kind(i), place)) continue;
        const from = counts.moveBlock[local]!;
        let after = block === from && index > counts.moveIndex[local]!;
        if (!after && block !== from) {
          let blocksReached = reached.get(from);
          if (!blocksReached) reached.set(from, (blocksReached = reachedFrom(cfg, from)));
          after = blocksReached[block] === 1;
        }
        if (!after) continue;
        out[local] = 1;
        pending[local] = 0;
      }
    }
  }
}

/** The blocks a path from `block`'s successors reaches (every edge, the unwind ones among them). */
function reachedFrom(cfg: Cfg, block: number): Uint8Array {
  const seen = new Uint8Array(cfg.successors.length);
  const stack = cfg.successors[block]!.slice();
  while (stack.length > 0) {
    const b = stack.pop()!;
    if (seen[b] === 1) continue;
    seen[b] = 1;
    const next = cfg.successors[b]!;
    for (let i = 0; i < next.length; i++) if (seen[next[i]!] !== 1) stack.push(next[i]!);
  }
  return seen;
}
