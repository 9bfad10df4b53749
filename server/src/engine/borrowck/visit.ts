// Every place a statement or terminator touches, in the order it touches them, with how: the one
// description of MIR's effects that liveness, move paths and the conflict checks share.
import type { Body, Operand, Place, Rvalue, Statement, Terminator } from '../mir/syntax';

export type PlaceUse =
  | { readonly kind: 'copy'; readonly place: Place }
  | { readonly kind: 'move'; readonly place: Place }
  | { readonly kind: 'borrow'; readonly place: Place; readonly rvalue: Extract<Rvalue, { kind: 'ref' }> }
  | { readonly kind: 'rawBorrow'; readonly place: Place }
  /** A read of the place itself, not of what it owns: `len`, `discriminant`. */
  | { readonly kind: 'inspect'; readonly place: Place }
  | { readonly kind: 'fakeRead'; readonly place: Place }
  /** An assignment or a call's destination: the place is overwritten. */
  | { readonly kind: 'store'; readonly place: Place }
  | { readonly kind: 'drop'; readonly place: Place }
  | { readonly kind: 'storageLive'; readonly place: Place }
  | { readonly kind: 'storageDead'; readonly place: Place }
  /** A local read as an index (`_3[_4]`) or as the return value. */
  | { readonly kind: 'indexOrReturn'; readonly place: Place };

function operandUse(o: Operand): PlaceUse | undefined {
  if (o.kind === 'copy') return { kind: 'copy', place: o.place };
  if (o.kind === 'move') return { kind: 'move', place: o.place };
  return undefined;
}

export function rvalueOperands(r: Rvalue): readonly Operand[] {
  switch (r.kind) {
    case 'use': case 'repeat': case 'cast': case 'unaryOp': return [r.operand];
    case 'binaryOp': return [r.left, r.right];
    case 'aggregate': return r.operands;
    default: return [];
  }
}

function rvalueUses(r: Rvalue, out: PlaceUse[]): void {
  switch (r.kind) {
    case 'ref': out.push({ kind: 'borrow', place: r.place, rvalue: r }); return;
    case 'rawPtr': out.push({ kind: 'rawBorrow', place: r.place }); return;
    case 'len': case 'discriminant': out.push({ kind: 'inspect', place: r.place }); return;
    case 'copyForDeref': out.push({ kind: 'copy', place: r.place }); return;
    default:
      for (const o of rvalueOperands(r)) {
        const u = operandUse(o);
        if (u) out.push(u);
      }
  }
}

function indexLocals(place: Place, out: PlaceUse[]): void {
  if (place.projection.length === 0) return;
  for (const e of place.projection) if (e.kind === 'index') out.push({ kind: 'indexOrReturn', place: { local: e.local, projection: [] } });
}

/** Every location's uses in a body, by block and index (a terminator's at its block's statement count). */
export class BodyUses {
  private readonly byBlock: (readonly PlaceUse[])[][];

  constructor(body: Body) {
    // A local's `StorageDead` repeats on every way out of its scope: one list per local, shared.
    const live: (readonly PlaceUse[])[] = [];
    const dead: (readonly PlaceUse[])[] = [];
    const storage = (s: Statement): readonly PlaceUse[] => {
      if (s.kind === 'storageLive') return (live[s.local] ??= statementUses(s));
      if (s.kind === 'storageDead') return (dead[s.local] ??= statementUses(s));
      return statementUses(s);
    };
    this.byBlock = body.basicBlocks.map((data) => {
      const list = data.statements.map(storage);
      list.push(data.terminator ? terminatorUses(data.terminator) : []);
      return list;
    });
  }

  at(block: number, index: number): readonly PlaceUse[] {
    return this.byBlock[block]![index]!;
  }
}

// Move paths, liveness, the borrow set and the checks all ask for the same uses, liveness at each
// pass of its fixpoint: each body's are made once.
const bodyCache = new WeakMap<Body, BodyUses>();

export function usesOf(body: Body): BodyUses {
  let uses = bodyCache.get(body);
  if (!uses) bodyCache.set(body, (uses = new BodyUses(body)));
  return uses;
}

/** The uses of a statement in execution order: the right-hand side is read before the left is written. */
export function statementUses(s: Statement): PlaceUse[] {
  const out: PlaceUse[] = [];
  switch (s.kind) {
    case 'assign':
      rvalueUses(s.rvalue, out);
      for (let i = 0, n = out.length; i < n; i++) indexLocals(out[i]!.place, out);
      indexLocals(s.place, out);
      out.push({ kind: 'store', place: s.place });
      break;
    case 'storageLive': out.push({ kind: 'storageLive', place: { local: s.local, projection: [] } }); break;
    case 'storageDead': out.push({ kind: 'storageDead', place: { local: s.local, projection: [] } }); break;
    case 'fakeRead': out.push({ kind: 'fakeRead', place: s.place }); indexLocals(s.place, out); break;
    case 'setDiscriminant': out.push({ kind: 'store', place: s.place }); break;
    case 'nop': break;
  }
  return out;
}

/** The uses of a terminator; a call's destination is written last, on its return edge. */
export function terminatorUses(t: Terminator): PlaceUse[] {
  const out: PlaceUse[] = [];
  const operand = (o: Operand) => {
    const u = operandUse(o);
    if (u) {
      out.push(u);
      indexLocals(u.place, out);
    }
  };
  switch (t.kind) {
    case 'switchInt': operand(t.discr); break;
    case 'return': out.push({ kind: 'indexOrReturn', place: { local: 0, projection: [] } }); break;
    case 'drop': out.push({ kind: 'drop', place: t.place }); indexLocals(t.place, out); break;
    case 'call':
      operand(t.func);
      t.args.forEach(operand);
      indexLocals(t.destination, out);
      out.push({ kind: 'store', place: t.destination });
      break;
    case 'assert':
      operand(t.cond);
      if (t.msg.kind === 'boundsCheck') {
        operand(t.msg.len);
        operand(t.msg.index);
      }
      break;
    default: break;
  }
  return out;
}
