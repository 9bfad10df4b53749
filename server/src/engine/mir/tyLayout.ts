// Size and alignment of a MIR local's type: the layout engine's (engine/layout/tyLayouts.ts) for
// the checker's types, with the types only MIR has (closures, the formatting machinery, iterator
// states, the desugarings' `ControlFlow`) laid out here. Undefined when the type is not known (a
// generic parameter, an error): a caller must not guess.
import { optionOf, resultOf, type TyLayouts } from '../layout';
import type { Layout, LayoutResult } from '../layout';
import type { Ty } from '../typeck/ty';
import { nameTable } from '../nameTable';

export interface SizeAlign {
  readonly size: number;
  readonly align: number;
}

const PTR: SizeAlign = { size: 8, align: 8 };
const FAT: SizeAlign = { size: 16, align: 8 };

function alignTo(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

/** A struct of `parts` as rustc lays it out (fields reordered by alignment, so no inner padding). */
function record(parts: readonly SizeAlign[]): SizeAlign {
  const align = parts.reduce((a, p) => Math.max(a, p.align), 1);
  const size = parts.reduce((s, p) => s + p.size, 0);
  return { size: alignTo(size, align), align };
}

/** Std items the desugarings use, by path: their layouts on x86_64 with rustc 1.95. */
const MIR_STD: Record<string, SizeAlign> = nameTable({
  'core::fmt::Arguments': FAT,
  'core::fmt::rt::Argument': FAT,
  'core::panicking::AssertKind': { size: 1, align: 1 },
  'core::convert::Infallible': { size: 0, align: 1 },
  'alloc::vec::Vec::IntoIter': { size: 32, align: 8 },
  'core::slice::Iter': FAT,
  'core::slice::IterMut': FAT,
  'alloc::boxed::Box<MaybeUninit>': PTR,
  'fmt::Error': { size: 0, align: 1 },
});

/**
 * The consuming iterators whose layout does not depend on their items, by the path the checker
 * gives `IntoIterator::IntoIter` (measured with rustc 1.95: `size_of::<btree_map::IntoIter<u32, u32>>()`).
 */
const STD_INTO_ITERS: Record<string, SizeAlign> = nameTable({
  'vec::Vec::IntoIter': { size: 32, align: 8 },
  'collections::BTreeMap::IntoIter': { size: 72, align: 8 },
  'collections::BTreeSet::IntoIter': { size: 72, align: 8 },
  'collections::hash_map::IntoIter': { size: 64, align: 8 },
});

export class MirLayouts {
  private readonly cache = new Map<Ty, SizeAlign | undefined>();

  constructor(private readonly layouts: TyLayouts) {}

  of(ty: Ty): SizeAlign | undefined {
    if (this.cache.has(ty)) return this.cache.get(ty);
    this.cache.set(ty, undefined);
    const r = this.compute(ty);
    this.cache.set(ty, r);
    return r;
  }

  private compute(ty: Ty): SizeAlign | undefined {
    switch (ty.k) {
      case 'never': case 'fnDef': return { size: 0, align: 1 };
      case 'closure': {
        // rustc lays a closure out as a struct of its upvars; one of unknown size leaves it unknown.
        const parts = ty.upvars.map((u) => this.of(u));
        return parts.every((p) => p) ? record(parts as SizeAlign[]) : undefined;
      }
      case 'tuple': {
        const parts = ty.elems.map((e) => this.of(e));
        return parts.every((p) => p) ? record(parts as SizeAlign[]) : undefined;
      }
      case 'array': {
        const e = this.of(ty.elem);
        return e && ty.len !== undefined ? { size: e.size * ty.len, align: e.align } : undefined;
      }
      case 'adt': {
        const path = ty.def.path ?? '';
        const known = MIR_STD[path];
        if (known) return known;
        // `ControlFlow<B, C>` is laid out as `Result<C, B>` is (both two-variant enums, payloads in that order).
        if (path === 'core::ops::ControlFlow') return this.enumOf(ty.args, (b, c) => resultOf(c, b));
        if (path.endsWith('::IntoIter') && !path.startsWith('alloc::vec') && path !== 'vec::IntoIter' && !path.includes('::btree_')) {
          // The array's elements, then the range of those still alive (two `usize`s): the MIR's
          // `for` names the array, the checker's `IntoIter<T, N>` its element and length.
          if (path === 'core::array::IntoIter') {
            const arr = ty.args[0] && this.of(ty.args[0]);
            return arr ? record([arr, { size: 16, align: 8 }]) : undefined;
          }
          if (path === 'array::IntoIter') {
            const [elem, len] = ty.args;
            const e = elem && this.of(elem);
            return e && len?.k === 'const' ? record([{ size: e.size * len.value, align: e.align }, { size: 16, align: 8 }]) : undefined;
          }
          return STD_INTO_ITERS[path];
        }
        if (path === 'core::option::Option' && ty.def.std && !('variants' in ty.def)) return this.enumOf(ty.args, optionOf);
        return (ty.def.std ? this.stdIterator(ty) : undefined) ?? this.engine(ty);
      }
      default: return this.engine(ty);
    }
  }

  /**
   * Std's iterators and builders by their declared path (`slice::Iter`, `iter::Map`): the
   * adapters as their inner iterator plus their own fields, the rest measured with rustc 1.95.
   */
  private stdIterator(ty: Extract<Ty, { k: 'adt' }>): SizeAlign | undefined {
    const path = ty.def.path ?? ty.def.name;
    const inner = (i: number) => (ty.args[i] ? this.of(ty.args[i]!) : undefined);
    const plus = (i: number, extra: number) => {
      const a = inner(i);
      return a ? record([a, { size: extra, align: 8 }]) : undefined;
    };
    const word = (n: number): SizeAlign => ({ size: 8 * n, align: 8 });
    switch (path) {
      case 'slice::Iter': case 'slice::IterMut': case 'str::Chars': case 'str::Bytes': return word(2);
      case 'str::CharIndices': case 'slice::Windows': case 'slice::Chunks': case 'collections::Entry': return word(3);
      case 'str::SplitWhitespace': return word(8);
      case 'str::Split': case 'str::Lines': return word(9);
      case 'thread::Builder': return word(6);
      case 'char::ToUppercase': case 'char::ToLowercase': case 'env::Args': return word(4);
      case 'vec::Drain': return word(5);
      case 'collections::TryReserveError': return word(2);
      case 'iter::Repeat': return inner(0);
      case 'vec::IntoIter': return word(4);
      case 'collections::hash_map::Iter': case 'collections::hash_map::IterMut': case 'collections::hash_map::Keys':
      case 'collections::hash_map::Values': case 'collections::hash_map::ValuesMut': case 'collections::hash_set::Iter': return word(5);
      case 'collections::btree_map::Iter': case 'collections::btree_map::IterMut': case 'collections::btree_map::Keys':
      case 'collections::btree_map::Values': case 'collections::btree_map::ValuesMut': case 'collections::btree_set::Iter': return word(9);
      case 'collections::vec_deque::Iter': return word(4);
      case 'iter::Map': case 'iter::Filter': case 'iter::FilterMap': case 'iter::Inspect': case 'iter::TakeWhile': case 'iter::SkipWhile': case 'iter::MapWhile': {
        const parts = [inner(0), inner(1)];
        return parts.every((x) => x) ? record(parts as SizeAlign[]) : undefined;
      }
      case 'iter::Enumerate': case 'iter::Skip': case 'iter::Take': case 'iter::Peekable': return plus(0, 8);
      case 'iter::StepBy': return plus(0, 16);
      case 'iter::Rev': case 'iter::Cloned': case 'iter::Copied': case 'iter::Fuse': return inner(0);
      case 'iter::Zip': {
        const a = inner(0);
        const b = inner(1);
        return a && b ? record([a, b, word(3)]) : undefined;
      }
      case 'iter::Chain': {
        const a = inner(0);
        const b = inner(1);
        return a && b ? record([a, b]) : undefined;
      }
      default: return undefined;
    }
  }

  private engine(ty: Ty): SizeAlign | undefined {
    return sizeAlign(this.layouts.layoutOf(ty));
  }

  /** A std enum the desugarings make, from its arguments' layouts in the engine. */
  private enumOf(args: readonly Ty[], make: (...ls: Layout[]) => Layout): SizeAlign | undefined {
    const ls: Layout[] = [];
    for (const a of args) {
      const l = this.layouts.layoutOf(a);
      if (!l.known) return undefined;
      ls.push(l);
    }
    return ls.length === make.length ? sizeAlign(make(...ls)) : undefined;
  }
}

function sizeAlign(l: LayoutResult): SizeAlign | undefined {
  return l.known ? { size: l.size, align: l.align } : undefined;
}
