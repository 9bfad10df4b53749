// Every place a statement or terminator touches, in the order it touches them, with how: the one
// description of MIR's effects that liveness, move paths, the borrow set, the conflict checks and
// the permissions share. A body's uses are made once, packed: a kind per use in one array and the
// place in another, a location's uses a range of both (no object per use: the checker reads them
// in V8's interpreter, where each one was garbage to collect).
import type { Body, Operand, Place, Rvalue, Statement, Terminator } from '../mir/syntax';

export const enum UseKind {
  Copy,
  Move,
  /** `&place`, by the borrow's kind. */
  SharedBorrow,
  MutBorrow,
  TwoPhaseBorrow,
  /** The shallow borrow a `match` guard takes of the scrutinee. */
  FakeBorrow,
  RawBorrow,
  /** A read of the place itself, not of what it owns: `len`, `discriminant`. */
  Inspect,
  FakeRead,
  /** An assignment or a call's destination: the place is overwritten. */
  Store,
  Drop,
  StorageLive,
  StorageDead,
  /** A local read as an index (`_3[_4]`) or as the return value. */
  IndexOrReturn,
}

export function rvalueOperands(r: Rvalue): readonly Operand[] {
  switch (r.kind) {
    case 'use': case 'repeat': case 'cast': case 'unaryOp': return [r.operand];
    case 'binaryOp': return [r.left, r.right];
    case 'aggregate': return r.operands;
    default: return [];
  }
}

const BORROW_USE = { shared: UseKind.SharedBorrow, mut: UseKind.MutBorrow, twoPhase: UseKind.TwoPhaseBorrow, fake: UseKind.FakeBorrow } as const;

/** Every location's uses in a body, by block and index (a terminator's at its block's statement count). */
export class BodyUses {
  // The arrays are open to the walks over every use of a body (liveness of the loans' holders, the
  // move counts, the check's walk) to be read, never changed: a check runs mostly in V8's
  // interpreter, where a method call per use and per location is a large part of such a walk.
  /** By use: its kind, its place, and the place's local. */
  readonly kinds: UseKind[] = [];
  readonly places: Place[] = [];
  readonly locals: number[] = [];
  /** The uses of location `first[block] + index` are `start[that] .. start[that + 1]`. */
  readonly first: Int32Array;
  readonly start: Int32Array;
  /** `{ local, projection: [] }` of each local a `StorageLive`/`StorageDead`, an index or the return names, made once. */
  private readonly wholes: (Place | undefined)[];

  constructor(body: Body) {
    // Filled up front: an array assigned at scattered indices would turn into a slow dictionary.
    this.wholes = new Array<Place | undefined>(body.localDecls.length).fill(undefined);
    const blocks = body.basicBlocks;
    this.first = new Int32Array(blocks.length + 1);
    for (let b = 0; b < blocks.length; b++) this.first[b + 1] = this.first[b]! + blocks[b]!.statements.length + 1;
    this.start = new Int32Array(this.first[blocks.length]! + 1);
    let at = 0;
    for (let b = 0; b < blocks.length; b++) {
      const data = blocks[b]!;
      for (let i = 0; i < data.statements.length; i++) {
        this.start[at++] = this.kinds.length;
        this.statement(data.statements[i]!);
      }
      this.start[at++] = this.kinds.length;
      if (data.terminator) this.terminator(data.terminator);
    }
    this.start[at] = this.kinds.length;
  }

  /** The location's place in the body's order (blocks in order, each's statements then terminator): 0 up to `locationCount`. */
  locationIndex(block: number, index: number): number {
    return this.first[block]! + index;
  }

  get locationCount(): number {
    return this.first[this.first.length - 1]!;
  }

  /** The uses of the location at `locationIndex` `at`: `startOf(at)` to `startOf(at + 1)`. */
  startOf(at: number): number {
    return this.start[at]!;
  }

  /** The first use of the location (an index for `kind` and `place`). */
  begin(block: number, index: number): number {
    return this.start[this.first[block]! + index]!;
  }

  /** One past the location's last use. */
  end(block: number, index: number): number {
    return this.start[this.first[block]! + index + 1]!;
  }

  kind(use: number): UseKind {
    return this.kinds[use]!;
  }

  place(use: number): Place {
    return this.places[use]!;
  }

  private add(kind: UseKind, place: Place): void {
    this.kinds.push(kind);
    this.places.push(place);
    this.locals.push(place.local);
  }

  private whole(local: number): Place {
    return (this.wholes[local] ??= { local, projection: [] });
  }

  private operand(o: Operand): void {
    if (o.kind === 'copy') this.add(UseKind.Copy, o.place);
    else if (o.kind === 'move') this.add(UseKind.Move, o.place);
  }

  /** The locals the place indexes by (`_3[_4]` reads `_4`). */
  private indexLocals(place: Place): void {
    const projection = place.projection;
    for (let i = 0; i < projection.length; i++) {
      const e = projection[i]!;
      if (e.kind === 'index') this.add(UseKind.IndexOrReturn, this.whole(e.local));
    }
  }

  /** The right-hand side is read before the left is written. */
  private statement(s: Statement): void {
    switch (s.kind) {
      case 'assign': {
        const from = this.kinds.length;
        const r = s.rvalue;
        switch (r.kind) {
          case 'ref': this.add(BORROW_USE[r.borrow], r.place); break;
          case 'rawPtr': this.add(UseKind.RawBorrow, r.place); break;
          case 'len': case 'discriminant': this.add(UseKind.Inspect, r.place); break;
          case 'copyForDeref': this.add(UseKind.Copy, r.place); break;
          case 'use': case 'repeat': case 'cast': case 'unaryOp': this.operand(r.operand); break;
          case 'binaryOp': this.operand(r.left); this.operand(r.right); break;
          case 'aggregate': for (let i = 0; i < r.operands.length; i++) this.operand(r.operands[i]!); break;
        }
        for (let i = from, n = this.kinds.length; i < n; i++) if (this.places[i]!.projection.length > 0) this.indexLocals(this.places[i]!);
        if (s.place.projection.length > 0) this.indexLocals(s.place);
        this.add(UseKind.Store, s.place);
        break;
      }
      case 'storageLive': this.add(UseKind.StorageLive, this.whole(s.local)); break;
      case 'storageDead': this.add(UseKind.StorageDead, this.whole(s.local)); break;
      case 'fakeRead': this.add(UseKind.FakeRead, s.place); this.indexLocals(s.place); break;
      case 'setDiscriminant': this.add(UseKind.Store, s.place); break;
      case 'nop': break;
    }
  }

  /** A call's destination is written last, on its return edge. */
  private terminator(t: Terminator): void {
    switch (t.kind) {
      case 'switchInt': this.operandAndIndices(t.discr); break;
      case 'return': this.add(UseKind.IndexOrReturn, this.whole(0)); break;
      case 'drop': this.add(UseKind.Drop, t.place); this.indexLocals(t.place); break;
      case 'call':
        this.operandAndIndices(t.func);
        for (let i = 0; i < t.args.length; i++) this.operandAndIndices(t.args[i]!);
        this.indexLocals(t.destination);
        this.add(UseKind.Store, t.destination);
        break;
      case 'assert':
        this.operandAndIndices(t.cond);
        if (t.msg.kind === 'boundsCheck') {
          this.operandAndIndices(t.msg.len);
          this.operandAndIndices(t.msg.index);
        }
        break;
      default: break;
    }
  }

  private operandAndIndices(o: Operand): void {
    if (o.kind === 'constant') return;
    this.operand(o);
    this.indexLocals(o.place);
  }
}

// Move paths, liveness, the borrow set, the checks and the permissions all ask for the same uses,
// liveness at each pass of its fixpoint: each body's are made once.
const bodyCache = new WeakMap<Body, BodyUses>();

export function usesOf(body: Body): BodyUses {
  let uses = bodyCache.get(body);
  if (!uses) bodyCache.set(body, (uses = new BodyUses(body)));
  return uses;
}

