// Calls of std functions marked `#[inline(always)]`: LLVM's always-inliner runs even at
// `-C opt-level=0`, so the debug build has no call there, or the inlined body's own slots.
import { defName } from './pretty';
import type { Body } from './syntax';
import type { MirLayouts, SizeAlign } from './tyLayout';

export type Terminator = Body['basicBlocks'][number]['terminator'];

/** The std function a call calls, named as `Option::unwrap`, `u64::wrapping_add`. */
function calleeName(t: Terminator): string | undefined {
  if (t?.kind !== 'call' || t.func.kind !== 'constant' || t.func.constant.value.kind !== 'fn') return undefined;
  const def = t.func.constant.value.def;
  if (!def.std) return undefined;
  return defName(def).replace(/::<[^<>]*(<[^<>]*>[^<>]*)*>/g, '');
}

/**
 * Calls of std functions marked `#[inline(always)]` whose body is plain arithmetic: LLVM's
 * always-inliner runs even at `-C opt-level=0`, so no call is left (measured with rustc 1.95).
 */
export function inlinedLeaf(t: Terminator): boolean {
  const name = calleeName(t);
  if (!name) return false;
  if (['size_of', 'align_of', 'mem::size_of', 'mem::align_of'].includes(name)) return true;
  // A primitive's `Default` is `#[inline(always)]` (`zeroed::<i32>` calls nothing), a `String`'s is not.
  if (name === 'default::Default::default' && t?.kind === 'call' && t.func.kind === 'constant' && t.func.constant.value.kind === 'fn') {
    const self = t.func.constant.value.args[0];
    return self !== undefined && (self.k === 'int' || self.k === 'float' || self.k === 'bool' || self.k === 'char');
  }
  const [owner, fn] = name.split('::');
  return fn !== undefined && /^[iu](8|16|32|64|128|size)$/.test(owner!) && /^wrapping_(add|sub|mul|neg)$/.test(fn);
}

export type InlinedSlot = { kind: 'slot' | 'spill'; layout: SizeAlign } | { kind: 'landingPad' };

/**
 * The stack slots an inlined `#[inline(always)]` std function brings into its caller's frame, as
 * rustc 1.95's debug build keeps them: `Option::unwrap` keeps the `self` it matches on in a
 * slot of its own, `Result::unwrap` also keeps the error it reports and
 * has a landing pad, `Box::new`
 * holds the new box across the write of its value (with a landing pad that frees it), `vec![..]`
 * keeps its length.
 */
export function inlinedSlots(t: Terminator, body: Body, layouts: MirLayouts): InlinedSlot[] {
  const name = calleeName(t);
  if (!name || t?.kind !== 'call') return [];
  const self = t.args[0];
  const selfTy = self && self.kind !== 'constant' && self.place.projection.length === 0 ? body.localDecls[self.place.local]?.ty : undefined;
  const selfLayout = selfTy && layouts.of(selfTy);
  switch (name) {
    case 'Option::unwrap':
      return selfLayout ? [{ kind: 'slot', layout: selfLayout }] : [];
    case 'Result::unwrap': {
      if (!selfTy || !selfLayout || selfTy.k !== 'adt' || !selfTy.args[1]) return [];
      const err = layouts.of(selfTy.args[1]);
      return err ? [{ kind: 'slot', layout: selfLayout }, { kind: 'slot', layout: err }, { kind: 'landingPad' }] : [];
    }
    case 'Box::new': return [{ kind: 'spill', layout: { size: 8, align: 8 } }, { kind: 'landingPad' }];
    case 'alloc::boxed::box_assume_init_into_vec_unsafe': return [{ kind: 'slot', layout: { size: 8, align: 8 } }];
    default: return [];
  }
}
