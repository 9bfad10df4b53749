// What codegen folds away or shares, so that it takes no stack slot of its own: constants, the
// address of a local, a `static`, a promoted literal, a copy of a register value, a cleanup that
// only resumes. The frame model (frame.ts) asks these before it gives a local a slot.
import type { Body, Local, Operand, Rvalue } from './syntax';
import type { Ty } from '../typeck/ty';

/** How a body uses a local: where it is defined and read, and whether it must live in memory. */
export interface LocalUse {
  defs: number;
  defBlocks: Set<number>;
  /** Blocks that read the whole value. */
  useBlocks: Set<number>;
  /** Blocks that read one field of a pair, with the field's size. */
  fieldUses: Map<number, { blocks: Set<number>; ty: Ty }>;
  memory: boolean;
}

/**
 * Locals that hold a `static` read once, or a literal only ever borrowed shared, and are never
 * written again: rustc uses the static in place and promotes the borrowed literal to a constant
 * of its own (`&"depth"`), so neither takes a slot in the frame.
 */
export function staticReads(body: Body): Set<Local> {
  const writes = new Map<Local, number>();
  const out = new Set<Local>();
  const literals = new Set<Local>();
  const mutated = new Set<Local>();
  // Locals read whole (moved or copied as a value), which a promoted constant is not.
  const readWhole = new Set<Local>();
  const consts = new Set<Local>();
  const operand = (o: Operand) => {
    if (o.kind !== 'constant' && o.place.projection.length === 0) readWhole.add(o.place.local);
  };
  for (const bb of body.basicBlocks) {
    for (const s of bb.statements) {
      if (s.kind !== 'assign') continue;
      writes.set(s.place.local, (writes.get(s.place.local) ?? 0) + 1);
      const r = s.rvalue;
      if (r.kind === 'ref' && r.borrow !== 'shared') mutated.add(r.place.local);
      if (r.kind === 'rawPtr') mutated.add(r.place.local);
      if (r.kind === 'use' || r.kind === 'cast' || r.kind === 'unaryOp' || r.kind === 'repeat') operand(r.operand);
      else if (r.kind === 'binaryOp') [r.left, r.right].forEach(operand);
      else if (r.kind === 'aggregate') r.operands.forEach(operand);
      if (s.place.projection.length === 0 && r.kind === 'use' && r.operand.kind === 'constant') {
        const value = r.operand.constant.value;
        const node = value.kind === 'item' ? (value.def as { node?: { kind?: string } }).node : undefined;
        if (node?.kind === 'Static') out.add(s.place.local);
        else if (node?.kind === 'Const' && plainData(r.operand.constant.ty)) consts.add(s.place.local);
        else if (value.kind !== 'item' && value.kind !== 'fn') literals.add(s.place.local);
      }
    }
    const t = bb.terminator;
    if (t?.kind === 'call') {
      writes.set(t.destination.local, 2);
      t.args.forEach(operand);
    }
  }
  // A `const` only borrowed shared or indexed is promoted too (`&SQUARES`, `NAMES[i]`).
  for (const l of consts) if (!readWhole.has(l)) literals.add(l);
  // Only a temporary is promoted: `let x = 5; &x` keeps `x` in the frame.
  for (const l of literals) if (!mutated.has(l) && body.localDecls[l]?.kind === 'temp') out.add(l);
  for (const l of out) if (writes.get(l) !== 1 || l <= body.argCount) out.delete(l);
  return out;
}

/** Data a promoted constant may hold: no drop glue, no interior mutability. */
function plainData(ty: Ty): boolean {
  switch (ty.k) {
    case 'int': case 'float': case 'bool': case 'char': return true;
    case 'ref': return !ty.mut && (ty.inner.k === 'str' || plainData(ty.inner));
    case 'array': return plainData(ty.elem);
    case 'tuple': return ty.elems.every(plainData);
    default: return false;
  }
}

/**
 * Locals assigned once, a constant, unchecked arithmetic on constants or a numeric cast of one: codegen folds them into
 * LLVM constants, which are rematerialised where they are used and never spill.
 */
export function constantLocals(body: Body): Set<Local> {
  const defs = new Map<Local, Rvalue | null>();
  const note = (l: Local, r: Rvalue | null) => defs.set(l, defs.has(l) ? null : r);
  for (const bb of body.basicBlocks) {
    for (const s of bb.statements) {
      if (s.kind !== 'assign') continue;
      if (s.place.projection.length === 0) note(s.place.local, s.rvalue);
      else defs.set(s.place.local, null);
    }
    const t = bb.terminator;
    if (t?.kind === 'call') defs.set(t.destination.local, null);
  }
  const out = new Set<Local>();
  const constant = (o: Operand) => o.kind === 'constant' || (o.place.projection.length === 0 && out.has(o.place.local));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [local, r] of defs) {
      if (!r || out.has(local) || local <= body.argCount) continue;
      const folds =
        (r.kind === 'use' && constant(r.operand) && !(r.operand.kind === 'constant' && r.operand.constant.value.kind === 'item')) ||
        (r.kind === 'binaryOp' && !r.checked && constant(r.left) && constant(r.right)) ||
        (r.kind === 'unaryOp' && r.op !== 'PtrMetadata' && constant(r.operand)) ||
        (r.kind === 'cast' && (r.cast === 'intToInt' || r.cast === 'intToFloat' || r.cast === 'floatToFloat') && constant(r.operand));
      if (folds) {
        out.add(local);
        changed = true;
      }
    }
  }
  return out;
}

/**
 * Locals that are only a copy of another register value, assigned once: codegen gives the copy
 * the same LLVM value, so its uses count as the original's (merged into its `LocalUse` here).
 */
export function ssaCopies(body: Body, uses: LocalUse[]): Set<Local> {
  const out = new Set<Local>();
  const root = (l: Local): Local => {
    for (let n = 0; n < uses.length; n++) {
      const next = copyOf.get(l);
      if (next === undefined) return l;
      l = next;
    }
    return l;
  };
  const copyOf = new Map<Local, Local>();
  const plain = (u: LocalUse | undefined) => u !== undefined && u.defs === 1 && !u.memory;
  for (const bb of body.basicBlocks) {
    if (bb.isCleanup) continue;
    for (const s of bb.statements) {
      if (s.kind !== 'assign' || s.place.projection.length > 0) continue;
      const to = s.place.local;
      const from = reborrowOf(body, s.rvalue);
      if (from !== undefined) {
        if (to !== 0 && to !== from && plain(uses[to]) && plain(uses[from])) copyOf.set(to, from);
        continue;
      }
      if (s.rvalue.kind !== 'use') continue;
      const o = s.rvalue.operand;
      if (o.kind === 'constant' || o.place.projection.length > 0) continue;
      if (to === 0 || to === o.place.local || !plain(uses[to]) || !plain(uses[o.place.local])) continue;
      if (body.localDecls[to]?.ty !== body.localDecls[o.place.local]?.ty) continue;
      copyOf.set(to, o.place.local);
    }
  }
  for (const to of copyOf.keys()) {
    const r = uses[root(to)]!;
    const u = uses[to]!;
    for (const b of u.useBlocks) r.useBlocks.add(b);
    for (const [i, f] of u.fieldUses) {
      const g = r.fieldUses.get(i) ?? { blocks: new Set<number>(), ty: f.ty };
      for (const b of f.blocks) g.blocks.add(b);
      r.fieldUses.set(i, g);
    }
    out.add(to);
  }
  return out;
}

/**
 * `&mut *r` or `&*r` of a reference `r` (a method's auto-reborrow): the address is `r`'s own
 * pointer, the same LLVM value, so the reborrow is a copy of `r`.
 */
function reborrowOf(body: Body, r: Rvalue): Local | undefined {
  if (r.kind !== 'ref' || r.place.projection.length !== 1 || r.place.projection[0]!.kind !== 'deref') return undefined;
  const from = body.localDecls[r.place.local]?.ty;
  return from?.k === 'ref' ? r.place.local : undefined;
}

/**
 * Cleanup blocks that do nothing but go on unwinding: rustc removes them, so an unwind edge to
 * one is no landing pad and its call is a plain `call`.
 */
export function trivialCleanups(body: Body): Set<number> {
  const out = new Set<number>();
  for (let changed = true; changed; ) {
    changed = false;
    body.basicBlocks.forEach((bb, i) => {
      if (!bb.isCleanup || out.has(i)) return;
      if (bb.statements.some((s) => s.kind !== 'storageLive' && s.kind !== 'storageDead' && s.kind !== 'nop')) return;
      const t = bb.terminator;
      if (t?.kind === 'unwindResume' || (t?.kind === 'goto' && out.has(t.target))) {
        out.add(i);
        changed = true;
      }
    });
  }
  return out;
}

/**
 * Locals that only ever hold the address of a whole local, which lives in a stack slot: codegen
 * makes such a value from the slot's frame offset wherever it is used (`lea N(%rsp)`), so it is
 * never kept in a register across blocks and never spills. A copy of one, or a pair of two (the
 * `(&a, &b)` of `assert_eq!`) read field by field, is such an address too.
 */
export function stackAddresses(body: Body, uses: readonly LocalUse[]): Set<Local> {
  const defs = new Map<Local, Rvalue>();
  for (const bb of body.basicBlocks) {
    if (bb.isCleanup) continue;
    for (const s of bb.statements) if (s.kind === 'assign' && s.place.projection.length === 0) defs.set(s.place.local, s.rvalue);
  }
  const out = new Set<Local>();
  const pairs = new Set<Local>();
  const isAddress = (o: Operand, set: Set<Local>) => o.kind !== 'constant' && o.place.projection.length === 0 && set.has(o.place.local);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [local, r] of defs) {
      const u = uses[local];
      if (!u || u.defs !== 1 || u.memory || local <= body.argCount || out.has(local) || pairs.has(local)) continue;
      let address = false;
      if (r.kind === 'ref' || r.kind === 'rawPtr') address = r.place.projection.length === 0 && uses[r.place.local]?.memory === true;
      else if (r.kind === 'use' && r.operand.kind !== 'constant') {
        const p = r.operand.place;
        address = isAddress(r.operand, out) || (p.projection.length === 1 && p.projection[0]!.kind === 'field' && pairs.has(p.local));
      } else if (r.kind === 'aggregate' && r.operands.length === 2 && r.operands.every((o) => isAddress(o, out))) {
        pairs.add(local);
        changed = true;
        continue;
      }
      if (address) {
        out.add(local);
        changed = true;
      }
    }
  }
  for (const p of pairs) out.add(p);
  return out;
}
