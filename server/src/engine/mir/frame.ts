// A body's stack frame as rustc's debug build lays it out (`-C opt-level=0`, no debuginfo).
// rustc_codegen_ssa gives a local its own stack slot (an `alloca` at the type's size and
// alignment) unless it can stay an SSA value (`non_ssa_locals`): a local whose layout is not one
// scalar or a pair of scalars, one that is borrowed, dropped, assigned in more than one place or
// written through a projection lives in memory. An SSA value that is still needed in another basic
// block, or after a call, is spilled by LLVM's fast register allocator to a slot of its own. A body with a cleanup
// block keeps the exception's pointer and selector (16 bytes). The frame is those slots, packed in
// order, plus the return address, rounded so the stack stays 16-byte aligned at calls; a function
// that calls nothing uses the 128-byte red zone below the stack pointer instead of reserving it.
import { abiOf } from './abi';
import { constantLocals, ssaCopies, stackAddresses, staticReads, trivialCleanups, type LocalUse } from './frameFolds';
import { inlinedLeaf, inlinedSlots, type InlinedSlot, type Terminator } from './inlinedCalls';
import { successors } from './successors';
import type { Body, Local, Operand, Place, Rvalue, UnwindAction } from './syntax';
import type { MirLayouts, SizeAlign } from './tyLayout';
import { mapTy, someTy, substitute, type Def, type Ty } from '../typeck/ty';
import type { Interner } from '../typeck/interner';
import { mapBodyTypes } from './instance';
import type { FrameParts } from '../../../../protocol/trace';

export interface FrameLayout {
  /** Bytes the frame takes: slots, spills, the return address. */
  readonly size: number;
  /** The locals given a stack slot. */
  readonly memoryLocals: readonly Local[];
  /** Bytes of spill slots for SSA values live across blocks. */
  readonly spillBytes: number;
  /** Locals whose type has no known layout (counted as one 8-byte word each). */
  readonly unknownLocals: number;
  readonly leaf: boolean;
  /** What the frame's bytes hold; the parts sum to `size`. */
  readonly parts: FrameParts;
}

type PartName = 'params' | 'locals' | 'temps' | 'spills';

/** A stack slot: its bytes, the part of the frame they hold, and how many of its last bytes are a fat pointer's metadata. */
interface Slot {
  readonly part: PartName;
  readonly size: number;
  readonly metadata: number;
}

const RED_ZONE = 128;

/** The alignment of the integer a value of `size` bytes is passed as (`i8` … `i64`, then pairs). */
function castAlign(size: number): number {
  return size <= 1 ? 1 : size <= 2 ? 2 : size <= 4 ? 4 : 8;
}


/**
 * Where each MIR block's code ends up: its LLVM block and the stretch of that block between two
 * calls, as one number. A block is merged into its only predecessor when that one ends in a
 * `goto` (rustc's MIR simplification) or a call that is not an `invoke` (codegen's merging of a
 * call's successor).
 */
function mergedBlocks(body: Body, invoke: (u: UnwindAction) => boolean, foldedAssert: (t: Terminator) => boolean): number[] {
  const preds = body.basicBlocks.map(() => 0);
  for (const bb of body.basicBlocks) {
    const s = successors(bb.terminator);
    for (const t of s.normal) preds[t]!++;
    if (s.unwind !== undefined) preds[s.unwind]!++;
  }
  const parent = body.basicBlocks.map((_, i) => i);
  body.basicBlocks.forEach((bb, i) => {
    const t = bb.terminator;
    // A call or drop that cannot unwind into a cleanup is a plain `call`, and codegen continues
    // its only successor in the same LLVM block; one with a cleanup is an `invoke`, which ends it.
    const plain = t?.kind === 'goto' || ((t?.kind === 'call' || t?.kind === 'drop') && !invoke(t.unwind)) || foldedAssert(t) || lastTest(body, t);
    const target = t?.kind === 'goto' || t?.kind === 'drop' || t?.kind === 'assert' || t?.kind === 'call' ? t.target : t?.kind === 'switchInt' ? t.targets.otherwise : undefined;
    if (plain && target !== undefined && preds[target] === 1 && target !== 0) parent[target] = i;
  });
  const root = (i: number): number => {
    for (let n = 0; parent[i] !== i && n < parent.length; n++) i = parent[i]!;
    return i;
  };
  const group = parent.map((_, i) => root(i));
  // Within an LLVM block, a value live across a call is spilled as well (the fast register
  // allocator keeps nothing in a register over a call): number the stretches between calls.
  const stretch: number[] = [];
  const stretchOf = (i: number): number => {
    if (stretch[i] !== undefined) return stretch[i]!;
    stretch[i] = 0;
    const p = parent[i]!;
    const t = body.basicBlocks[p]?.terminator;
    const called = t?.kind === 'drop' || (t?.kind === 'call' && !foldedAssert(t));
    return (stretch[i] = p === i ? 0 : stretchOf(p) + (called ? 1 : 0));
  };
  const n = body.basicBlocks.length + 1;
  return group.map((g, i) => g * n + stretchOf(i));
}

/**
 * A test of a discriminant whose `otherwise` is one more test of the same value, for its last
 * variant, with nothing left after it: rustc switches on the two variants at once, which LLVM
 * lowers to one branch, so the second test's block is the first one's.
 */
function lastTest(body: Body, t: Terminator): boolean {
  if (t?.kind !== 'switchInt' || t.discr.kind === 'constant' || t.discr.place.projection.length > 0) return false;
  const next = body.basicBlocks[t.targets.otherwise];
  const u = next?.terminator;
  if (!next || next.statements.some((s) => s.kind !== 'storageLive' && s.kind !== 'storageDead' && s.kind !== 'nop')) return false;
  if (u?.kind !== 'switchInt' || u.targets.values.length !== 1 || u.discr.kind === 'constant') return false;
  if (u.discr.place.local !== t.discr.place.local || u.discr.place.projection.length > 0) return false;
  return body.basicBlocks[u.targets.otherwise]?.terminator?.kind === 'unreachable';
}

export function frameOf(body: Body, layouts: MirLayouts): FrameLayout {
  const trivial = trivialCleanups(body);
  const invoke = (u: UnwindAction) => u.kind === 'cleanup' && !trivial.has(u.block);
  const constants = constantLocals(body);
  // An assert of a condition known when compiling is no branch and no call: codegen drops it.
  const foldedAssert = (t: Terminator) =>
    t?.kind === 'assert' && (t.cond.kind === 'constant' || (t.cond.place.projection.length === 0 && constants.has(t.cond.place.local)));
  const group = mergedBlocks(body, invoke, (t) => foldedAssert(t) || inlinedLeaf(t));
  const uses: LocalUse[] = body.localDecls.map(() => ({ defs: 0, defBlocks: new Set(), useBlocks: new Set(), memory: false, fieldUses: new Map() }));
  for (let a = 1; a <= body.argCount; a++) {
    uses[a]!.defs = 1;
    uses[a]!.defBlocks.add(0);
  }
  const usePlace = (p: Place, mirBlock: number, consume: boolean) => {
    const block = group[mirBlock]!;
    const u = uses[p.local];
    if (!u) return;
    const first = p.projection[0];
    if (consume && first?.kind === 'field' && p.projection.length === 1) {
      const f = u.fieldUses.get(first.index) ?? { blocks: new Set<number>(), ty: first.ty };
      f.blocks.add(block);
      u.fieldUses.set(first.index, f);
    } else u.useBlocks.add(block);
    // Only a read of the value itself, or of a field of a pair, keeps a local out of memory.
    if (!consume || p.projection.some((e) => e.kind !== 'field' && e.kind !== 'deref')) {
      if (!(p.projection[0]?.kind === 'deref')) u.memory = true;
    }
    for (const e of p.projection) if (e.kind === 'index') uses[e.local]?.useBlocks.add(block);
  };
  const useOperand = (o: Operand, block: number) => {
    if (o.kind !== 'constant') usePlace(o.place, block, true);
  };
  const define = (p: Place, mirBlock: number, after = 0) => {
    const block = group[mirBlock]! + after;
    const u = uses[p.local];
    if (!u) return;
    if (p.projection.length > 0) {
      if (p.projection[0]?.kind !== 'deref') u.memory = true;
      else u.useBlocks.add(block);
      for (const e of p.projection) if (e.kind === 'index') uses[e.local]?.useBlocks.add(block);
      return;
    }
    u.defs++;
    u.defBlocks.add(block);
  };
  const useRvalue = (r: Rvalue, block: number) => {
    switch (r.kind) {
      case 'use': case 'repeat': case 'cast': case 'unaryOp': return useOperand(r.operand, block);
      case 'binaryOp': useOperand(r.left, block); return useOperand(r.right, block);
      case 'aggregate': return r.operands.forEach((o) => useOperand(o, block));
      case 'ref': case 'rawPtr': return usePlace(r.place, block, false);
      case 'len': case 'discriminant': case 'copyForDeref': return usePlace(r.place, block, true);
    }
  };
  let calls = false;
  let cleanup = false;
  let returnWrittenLate = false;
  // Locals written by a call that can unwind into a cleanup block (an LLVM `invoke`).
  const invokes: Local[] = [];
  // Locals passed whole as an argument of a call, and written whole by one.
  const passedOn = new Set<Local>();
  const castReturns = new Set<Local>();
  // Slots of the bodies of `#[inline(always)]` std functions the call sites inline.
  const inlined: InlinedSlot[] = [];
  body.basicBlocks.forEach((bb, i) => {
    if (bb.isCleanup) {
      if (!trivial.has(i)) cleanup = true;
      return;
    }
    for (const s of bb.statements) {
      if (s.kind === 'assign') {
        useRvalue(s.rvalue, i);
        define(s.place, i);
        if (s.place.local === 0 && group[i] !== group[0]) returnWrittenLate = true;
      }
    }
    const t = bb.terminator;
    if (!t) return;
    switch (t.kind) {
      case 'switchInt': useOperand(t.discr, i); break;
      case 'call': {
        // A call inlined down to arithmetic is no call; its operands and result stay.
        if (!inlinedLeaf(t)) calls = true;
        const callInlines = inlinedSlots(t, body, layouts);
        inlined.push(...callInlines);
        useOperand(t.func, i);
        t.args.forEach((a) => useOperand(a, i));
        // An inlined body's own copy of its argument is among its slots.
        if (callInlines.length === 0) for (const a of t.args) if (a.kind !== 'constant' && a.place.projection.length === 0) passedOn.add(a.place.local);
        // The call's result comes back after the call: in the next stretch, or after the edge.
        define(t.destination, i, inlinedLeaf(t) ? 0 : 1);
        if (t.destination.local === 0 && group[i] !== group[0]) returnWrittenLate = true;
        if (t.destination.projection.length === 0 && callInlines.length === 0 && !inlinedLeaf(t)) castReturns.add(t.destination.local);
        if (invoke(t.unwind) && t.destination.projection.length === 0) invokes.push(t.destination.local);
        break;
      }
      case 'drop':
        calls = true;
        usePlace(t.place, i, false);
        break;
      case 'assert':
        if (foldedAssert(t)) break;
        calls = true;
        useOperand(t.cond, i);
        break;
      default: break;
    }
    void successors;
  });
  const copies = ssaCopies(body, uses);
  const statics = staticReads(body);
  const addresses = stackAddresses(body, uses);
  const returnBlocks = new Set(body.basicBlocks.flatMap((bb, i) => (bb.terminator?.kind === 'return' ? [group[i]!] : [])));
  let offset = 0;
  let spillBytes = 0;
  let unknownLocals = 0;
  const memoryLocals: Local[] = [];
  // Each slot's bytes in the order they are packed, with the part of the frame they belong to.
  const slots: Slot[] = [];
  let part: PartName = 'temps';
  let metadata = 0;
  const slot = (l: SizeAlign) => {
    offset = Math.ceil(offset / l.align) * l.align + l.size;
    slots.push({ part, size: l.size, metadata: Math.min(metadata, l.size) });
  };
  body.localDecls.forEach((d, local) => {
    const layout = layouts.of(d.ty);
    const abi = abiOf(d.ty, layout);
    if (abi === 'zst') return;
    part = d.kind === 'arg' ? 'params' : d.kind === 'user' ? 'locals' : 'temps';
    metadata = isFatPointer(d.ty, layout) ? 8 : 0;
    if (local === 0) {
      // A return value in memory is written through the caller's pointer (sret), kept in a slot;
      // written after a call, the pointer and the copy of it returned in `rax` each take one.
      if (abi === 'memory') {
        slot({ size: 8, align: 8 });
        if (returnWrittenLate && layout) slot({ size: 8, align: 8 });
      }
      // A value returned in registers is held from where it is written to the `ret`.
      else if ([...uses[0]!.defBlocks].some((b) => !returnBlocks.has(b))) spill(layout ?? { size: 8, align: 8 });
      return;
    }
    const u = uses[local]!;
    // A read of a `static` names the static's own memory, which is not in the frame.
    if (statics.has(local)) return;
    if (!layout) unknownLocals++;
    const l = layout ?? { size: 8, align: 8 };
    const isArg = local <= body.argCount;
    if (abi === 'memory' || u.memory || u.defs > 1 || (isArg && u.defs > 1)) {
      // An argument passed on to another call is copied first: the callee may write to its copy.
      if (isArg && abi === 'memory' && l.size > 16 && !passedOn.has(local)) {
        // Passed by reference: the caller's copy is used in place; only the pointer may spill.
        metadata = 0;
        if ([...u.useBlocks].some((b) => b !== 0)) spill({ size: 8, align: 8 });
        return;
      }
      memoryLocals.push(local);
      slot(l);
      // A small aggregate crosses a call as an integer wider than its alignment: the integer is
      // stored to a scratch slot of its own, once for a returned value and once for an argument.
      if (abi === 'memory' && layout && l.size <= 16 && l.align < castAlign(l.size)) {
        if (castReturns.has(local)) slot(l);
        if (passedOn.has(local)) slot(l);
      }
      return;
    }
    const crosses = (blocks: Set<number>) => [...blocks].some((b) => !u.defBlocks.has(b));
    if (addresses.has(local) || constants.has(local) || copies.has(local)) return;
    if (crosses(u.useBlocks)) spill(l);
    else {
      // One field of the pair spills on its own: a word, not the pointer with its metadata.
      metadata = 0;
      for (const f of u.fieldUses.values()) if (crosses(f.blocks)) spill(layouts.of(f.ty) ?? { size: 8, align: 8 });
    }
  });
  function spill(l: SizeAlign): void {
    spillBytes += l.size;
    // A parameter's spill slot is where the parameter lives in the frame; it stays a parameter.
    if (part !== 'params') part = 'spills';
    slot(l);
  }
  // An `invoke`'s result can only be stored in its normal successor, so a result returned in
  // registers is held across that edge even when its destination lives in memory.
  part = 'spills';
  metadata = 0;
  for (const local of invokes) {
    const ty = body.localDecls[local]!.ty;
    const layout = layouts.of(ty);
    const abi = abiOf(ty, layout);
    if (layout && (abi === 'scalar' || abi === 'pair') && memoryLocals.includes(local)) spill(layout);
  }
  for (const i of inlined) {
    if (i.kind === 'landingPad') cleanup = true;
    else {
      part = i.kind === 'spill' ? 'spills' : 'temps';
      if (i.kind === 'spill') spillBytes += i.layout.size;
      slot(i.layout);
    }
  }
  part = 'temps';
  if (cleanup) slot({ size: 16, align: 8 });
  const leaf = !calls;
  const reserved = Math.max(0, offset - (leaf ? RED_ZONE : 0));
  // The return address is pushed by the call; the reservation keeps `rsp` 16-aligned at calls.
  // A function that calls keeps the stack 16-aligned for its callees: at least one 8-byte slot.
  const size = reserved === 0 && leaf ? 8 : Math.max(16, Math.ceil((reserved + 8) / 16) * 16);
  return { size, memoryLocals, spillBytes, unknownLocals, leaf, parts: partsOf(slots, size, leaf) };
}


/** Return address: the only linkage of a debug build's frame on x86-64 (no frame pointer). */
const RETURN_ADDRESS = 8;

/**
 * The frame's bytes by what they hold. A leaf's first 128 bytes of slots sit in the red zone,
 * below the stack pointer, and are not part of the reservation; alignment gaps and the rounding
 * that keeps calls 16-aligned are padding.
 */
function partsOf(slots: readonly Slot[], size: number, leaf: boolean): FrameParts {
  const parts = { params: 0, locals: 0, temps: 0, spills: 0, metadata: 0 };
  let redZone = leaf ? RED_ZONE : 0;
  for (const s of slots) {
    const inRedZone = Math.min(redZone, s.size);
    redZone -= inRedZone;
    // The red zone takes a slot's first bytes; its metadata is the slot's last word.
    const reserved = s.size - inRedZone;
    const metadata = Math.min(s.metadata, reserved);
    parts.metadata += metadata;
    parts[s.part] += reserved - metadata;
  }
  const linkage = RETURN_ADDRESS;
  const held = parts.params + parts.locals + parts.temps + parts.spills + parts.metadata;
  return { ...parts, linkage, padding: size - linkage - held };
}

/**
 * A pointer with a second word: to a slice or `str` (the length) or to a trait object (the
 * vtable), behind a reference, a raw pointer or a `Box`/`Rc`/`Arc`.
 */
function isFatPointer(ty: Ty, layout: SizeAlign | undefined): boolean {
  if (!layout || layout.size !== 16) return false;
  if (ty.k === 'ref' || ty.k === 'ptr') return true;
  return ty.k === 'adt' && ty.def.std === true && ['Box', 'Rc', 'Arc', 'NonNull'].includes(ty.def.name);
}

/**
 * The frames of a file's bodies, by where each function item or closure expression starts
 * (`line:character`, 0-based), for the simulator's calls: a body's own frame, and one per
 * instantiation of a generic body (its types substituted, as codegen lays out each
 * monomorphisation), each computed once.
 */
export class ProgramFrames {
  private readonly bodies = new Map<string, Body>();
  private readonly frames = new Map<Body, Map<string, FrameLayout>>();
  private readonly byArray = new Map<readonly Ty[], { key: string; frame: FrameLayout }>();

  /**
   * `reveal`: a type with each opaque `impl Trait` replaced by its hidden type. `closureTys`: each
   * closure's type with its captures' types, which the checker's closure types lack
   * (`apply_once::<{closure}>` holds the closure's `String`).
   */
  constructor(
    bodies: readonly Body[],
    private readonly layouts: MirLayouts,
    private readonly tcx: Interner,
    private readonly reveal: (ty: Ty) => Ty,
    private readonly closureTys: ReadonlyMap<Def, Ty>,
  ) {
    for (const b of bodies) this.bodies.set(`${b.span.line}:${b.span.character}`, b);
  }

  /** The frame of the body at `key`; with `args`, of its instantiation with them. */
  of(key: string, args: readonly Ty[] = []): FrameLayout | undefined {
    // A call of an instance asks with the same array each time: found by it, with no key to make.
    const byArray = this.byArray.get(args);
    if (byArray?.key === key) return byArray.frame;
    const body = this.bodies.get(key);
    if (!body) return undefined;
    let byArgs = this.frames.get(body);
    if (!byArgs) this.frames.set(body, (byArgs = new Map()));
    const argsKey = args.map((a) => a.id).join(',');
    let frame = byArgs.get(argsKey);
    if (!frame) byArgs.set(argsKey, (frame = frameOf(this.instance(body, args), this.layouts)));
    if (args.length) this.byArray.set(args, { key, frame });
    return frame;
  }

  /** The body as codegen lays out its instance: the arguments substituted, opaque types revealed, closures with their captures. */
  private instance(body: Body, args: readonly Ty[]): Body {
    const opaque = body.localDecls.some((d) => someTy(d.ty, isOpaque));
    if (args.length === 0 && !opaque) return body;
    const memo = new Map<Ty, Ty>();
    return mapBodyTypes(body, (t) => {
      let r = memo.get(t);
      if (!r) memo.set(t, (r = this.withCaptures(this.reveal(substitute(this.tcx, t, args)))));
      return r;
    });
  }

  /** Each closure type the checker made (no captures) as the MIR builder has it, in the instance its own arguments say. */
  private withCaptures(ty: Ty): Ty {
    const bare = (t: Ty) => t.k === 'closure' && t.upvars.length === 0 && this.closureTys.has(t.def);
    if (!someTy(ty, bare)) return ty;
    return mapTy(this.tcx, ty, (t) => {
      if (!bare(t)) return undefined;
      const c = t as Ty & { k: 'closure' };
      return substitute(this.tcx, this.closureTys.get(c.def)!, c.args);
    });
  }
}

function isOpaque(t: Ty): boolean {
  return t.k === 'opaque';
}
