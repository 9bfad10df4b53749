// Drop elaboration, as rustc's `ElaborateDrops`: the builder drops every owner at its scope's end,
// moved or not; here each drop of a whole local is decided by where the value is initialised on
// the paths that reach it. Initialised on every path: the drop stays. On none: it goes. On some:
// a drop flag (a `bool` local, false at the start, set where the local gets a value, cleared where
// it is moved out) decides at run time. A local moved out of only in part (a field moved away)
// is not elaborated field by field yet: such a body reports it as unsupported.
import type { Ty } from '../../typeck/ty';
import { BOOL } from '../../typeck/ty';
import { successors } from '../successors';
import type { BasicBlockData, Body, Local, Operand, Place, Rvalue, Statement, Terminator } from '../syntax';
import { place } from '../syntax';

interface State {
  /** Per local: may hold a value. */
  init: Uint8Array;
  /** Per local: may not hold one. */
  uninit: Uint8Array;
}

function copyState(s: State): State {
  return { init: s.init.slice(), uninit: s.uninit.slice() };
}

function joinInto(into: State, from: State): boolean {
  let changed = false;
  for (let i = 0; i < into.init.length; i++) {
    if (from.init[i] && !into.init[i]) { into.init[i] = 1; changed = true; }
    if (from.uninit[i] && !into.uninit[i]) { into.uninit[i] = 1; changed = true; }
  }
  return changed;
}

function setSlotInit(s: State, i: number): void {
  s.init[i] = 1;
  s.uninit[i] = 0;
}

function setSlotUninit(s: State, i: number): void {
  s.init[i] = 0;
  s.uninit[i] = 1;
}

export function elaborateDrops(body: Body, needsDrop: (ty: Ty) => boolean): Body {
  // Only the locals some drop drops are tracked: a body of thousands of temporaries stays linear.
  const slotOf = new Map<Local, number>();
  for (const bb of body.basicBlocks) {
    const t = bb.terminator;
    if (t?.kind === 'drop' && t.place.projection.length === 0 && !slotOf.has(t.place.local)) slotOf.set(t.place.local, slotOf.size);
  }
  if (slotOf.size === 0) return body;
  const n = slotOf.size;
  const setInit = (s: State, l: Local) => {
    const i = slotOf.get(l);
    if (i !== undefined) setSlotInit(s, i);
  };
  const setUninit = (s: State, l: Local) => {
    const i = slotOf.get(l);
    if (i !== undefined) setSlotUninit(s, i);
  };
  const partial = new Set<Local>();
  const moveOperand = (s: State, o: Operand) => {
    if (o.kind !== 'move') return;
    if (o.place.projection.length === 0) setUninit(s, o.place.local);
    else if (o.place.projection[0]?.kind !== 'deref' && needsDrop(placeTy(body, o.place))) partial.add(o.place.local);
  };
  const rvalueMoves = (s: State, r: Rvalue) => {
    switch (r.kind) {
      case 'use': case 'repeat': case 'cast': case 'unaryOp': return moveOperand(s, r.operand);
      case 'binaryOp': moveOperand(s, r.left); return moveOperand(s, r.right);
      case 'aggregate': return r.operands.forEach((o) => moveOperand(s, o));
      default: return;
    }
  };
  const statement = (s: State, st: Statement) => {
    if (st.kind === 'assign') {
      rvalueMoves(s, st.rvalue);
      if (st.place.projection.length === 0) setInit(s, st.place.local);
    } else if (st.kind === 'storageDead' || st.kind === 'storageLive') setUninit(s, st.local);
  };
  /** The state on each edge out of a terminator: normal targets, then the unwind target. */
  const terminator = (s: State, t: Terminator): { normal: State; unwind: State } => {
    const normal = s;
    if (t.kind === 'call') {
      t.args.forEach((a) => moveOperand(normal, a));
      const unwind = copyState(normal);
      if (t.destination.projection.length === 0) setInit(normal, t.destination.local);
      return { normal, unwind };
    }
    if (t.kind === 'drop' && t.place.projection.length === 0) {
      setUninit(normal, t.place.local);
      return { normal, unwind: copyState(normal) };
    }
    if (t.kind === 'switchInt') moveOperand(normal, t.discr);
    if (t.kind === 'assert') moveOperand(normal, t.cond);
    return { normal, unwind: copyState(normal) };
  };
  const entry: State = { init: new Uint8Array(n), uninit: new Uint8Array(n).fill(1) };
  for (let a = 1; a <= body.argCount; a++) setInit(entry, a);
  const ins: (State | undefined)[] = body.basicBlocks.map(() => undefined);
  ins[0] = entry;
  const work = [0];
  while (work.length) {
    const b = work.pop()!;
    const s = copyState(ins[b]!);
    const bb = body.basicBlocks[b]!;
    for (const st of bb.statements) statement(s, st);
    if (!bb.terminator) continue;
    const out = terminator(s, bb.terminator);
    const succ = successors(bb.terminator);
    const flow = (target: number, st: State) => {
      if (!ins[target]) {
        ins[target] = copyState(st);
        work.push(target);
      } else if (joinInto(ins[target]!, st)) work.push(target);
    };
    for (const t of succ.normal) flow(t, out.normal);
    if (succ.unwind !== undefined) flow(succ.unwind, out.unwind);
  }
  return rewrite(body, ins, partial, statement, slotOf);
}

function placeTy(body: Body, p: Place): Ty {
  const last = [...p.projection].reverse().find((e) => e.kind === 'field');
  return last?.kind === 'field' ? last.ty : body.localDecls[p.local]!.ty;
}

/** Applies the decisions: drops kept, removed, or behind a flag maintained at every init and move. */
function rewrite(body: Body, ins: (State | undefined)[], partial: Set<Local>, statement: (s: State, st: Statement) => void, slotOf: ReadonlyMap<Local, number>): Body {
  const blocks: BasicBlockData[] = body.basicBlocks.map((b) => ({ statements: [...b.statements], terminator: b.terminator, isCleanup: b.isCleanup }));
  const localDecls = [...body.localDecls];
  const unsupported = [...body.unsupported];
  const flags = new Map<Local, Local>();
  const flagOf = (l: Local): Local => {
    let f = flags.get(l);
    if (f === undefined) {
      localDecls.push({ kind: 'temp', mutable: true, ty: BOOL, span: body.span });
      f = localDecls.length - 1;
      flags.set(l, f);
    }
    return f;
  };
  body.basicBlocks.forEach((bb, i) => {
    const t = bb.terminator;
    const state = ins[i];
    if (t?.kind !== 'drop' || t.place.projection.length > 0) return;
    if (!state) {
      blocks[i]!.terminator = { kind: 'goto', target: t.target, span: t.span };
      return;
    }
    const s = copyState(state);
    for (const st of bb.statements) statement(s, st);
    const l = t.place.local;
    const slot = slotOf.get(l)!;
    if (partial.has(l)) {
      if (!unsupported.some((u) => u.what.startsWith('a value moved out of in part'))) {
        unsupported.push({ span: localDecls[l]!.span, what: 'a value moved out of in part (its remaining fields are dropped one by one)' });
      }
      return;
    }
    if (!s.init[slot]) blocks[i]!.terminator = { kind: 'goto', target: t.target, span: t.span };
    else if (s.uninit[slot]) {
      const flag = flagOf(l);
      const dropBlock = blocks.length;
      blocks.push({ statements: [], terminator: t, isCleanup: bb.isCleanup });
      blocks[i]!.terminator = {
        kind: 'switchInt', discr: { kind: 'copy', place: place(flag) }, targets: { values: [0n], targets: [t.target], otherwise: dropBlock }, span: t.span,
      };
    }
  });
  if (flags.size > 0) maintainFlags(blocks, flags, body);
  return { ...body, localDecls, basicBlocks: blocks, unsupported };
}

/** `flag = false` at the start, `true` where the local is assigned, `false` where it is moved or dropped. */
function maintainFlags(blocks: BasicBlockData[], flags: Map<Local, Local>, body: Body): void {
  const set = (flag: Local, value: boolean, span: Statement['span']): Statement => ({
    kind: 'assign', place: place(flag), rvalue: { kind: 'use', operand: { kind: 'constant', constant: { value: { kind: 'bool', value }, ty: BOOL, span } } }, span,
  });
  const movedBy = (r: Rvalue): Local[] => {
    const ops: Operand[] = r.kind === 'aggregate' ? [...r.operands] : r.kind === 'binaryOp' ? [r.left, r.right] : 'operand' in r ? [r.operand] : [];
    return ops.flatMap((o) => (o.kind === 'move' && o.place.projection.length === 0 ? [o.place.local] : []));
  };
  for (const bb of blocks) {
    const out: Statement[] = [];
    for (const st of bb.statements) {
      if (st.kind === 'assign') for (const l of movedBy(st.rvalue)) if (flags.has(l)) out.push(set(flags.get(l)!, false, st.span));
      out.push(st);
      if (st.kind === 'assign' && st.place.projection.length === 0 && flags.has(st.place.local)) out.push(set(flags.get(st.place.local)!, true, st.span));
    }
    const t = bb.terminator;
    if (t?.kind === 'call') {
      for (const a of t.args) if (a.kind === 'move' && a.place.projection.length === 0 && flags.has(a.place.local)) out.push(set(flags.get(a.place.local)!, false, t.span));
      if (t.destination.projection.length === 0 && flags.has(t.destination.local) && t.target !== undefined) {
        blocks[t.target]!.statements.unshift(set(flags.get(t.destination.local)!, true, t.span));
      }
    }
    bb.statements.splice(0, bb.statements.length, ...out);
  }
  const start = blocks[0]!;
  start.statements.unshift(...[...flags.values()].map((f) => set(f, false, body.span)));
}
