// `std::mem` (drop, replace, take, swap, forget, size_of, size_of_val, align_of, align_of_val), `drop`,
// `std::process::exit`, `std::any::type_name`.
import { RustExit } from './exit';
import type { Layout } from '../../layout/index';
import { engineLayoutOfTy, stdTy } from '../layout';
import { END as ITER_END, Arr, BoxV, CapRef, Int, Ref, Slice, Str, UNIT, VecV, usize, type Value, big } from '../values';
import { defaultOf } from './default';
import { definePath, type Site } from './registry';
import type { Interp } from '../interp/interp';
import type { Ty } from '../types';
import { nameTable } from '../../nameTable';

function place(I: Interp, v: Value): Ref {
  if (v instanceof Ref) return v;
  return I.unsupported('expected `&mut` place');
}

function dropFn(I: Interp, [v]: Value[]): Value {
  // std's `drop<T>(_x: T)`: the value is its parameter `_x` when it drops.
  I.drop(v, 'explicit', '_x', '`drop()` called');
  return UNIT;
}

definePath('mem::drop', dropFn);
definePath('drop', dropFn);
// The forgotten value's type is `forget`'s `T` as the checker inferred it (`_` where it has none).
definePath('mem::forget', (I, _v, site) => {
  if (I.rec) I.rec.event({ kind: 'drop', what: 't', type: site.generics[0]?.text ?? '_', reason: 'explicit', detail: '`mem::forget`: never dropped, its memory leaks' });
  return UNIT;
});
definePath('mem::replace', (I, [dest, v]) => {
  const r = place(I, dest);
  const old = r.arr[r.idx];
  r.arr[r.idx] = v;
  if (r.root) I.rec?.dirty(r.root);
  return old;
});
definePath('mem::take', (I, [dest], site) => {
  const r = place(I, dest);
  const old = r.arr[r.idx];
  r.arr[r.idx] = defaultLike(I, old, site);
  if (r.root) I.rec?.dirty(r.root);
  return old;
});
definePath('mem::swap', (I, [a, b]) => {
  const x = place(I, a);
  const y = place(I, b);
  const t = x.arr[x.idx];
  x.arr[x.idx] = y.arr[y.idx];
  y.arr[y.idx] = t;
  if (x.root) I.rec?.dirty(x.root);
  if (y.root) I.rec?.dirty(y.root);
  return UNIT;
});

/** The `Default` of the same type as `v` (for `mem::take`). */
function defaultLike(I: Interp, v: Value, site: Site): Value {
  const { defaultOfValue } = require('./default') as typeof import('./default');
  return defaultOfValue(I, v, site.sp) ?? defaultOf(I, null, site.sp);
}

/** `size_of::<T>()` / `align_of::<T>()`: the layout engine's answer, or `unsupported` with its reason. */
function typeLayout(I: Interp, site: Site, what: 'size' | 'alignment'): Layout {
  // Inside a generic function, `size_of::<T>()` measures what `T` stands for in this call.
  const t = site.generics[0] && I.concreteTy(site.generics[0]);
  if (!t) return I.unsupported(`\`${what === 'size' ? 'size_of' : 'align_of'}\` without a type argument`, site.sp);
  const l = engineLayoutOfTy(t, I.prog);
  if (!l.known) return I.unsupported(`the ${what} of \`${t.text}\` (${l.reason})`, site.sp);
  return l;
}

/**
 * `size_of_val(&v)` / `align_of_val(&v)`: the layout of `T`, the referent's type as the checker
 * gave it. A sized `T` needs nothing from the value; `str` and `[E]` take their length from it.
 */
function valueLayout(I: Interp, v: Value, site: Site, what: 'size' | 'alignment'): { size: number; align: number } {
  const fn = what === 'size' ? 'size_of_val' : 'align_of_val';
  const t = site.generics[0] && I.concreteTy(site.generics[0]);
  if (!t) return I.unsupported(`\`${fn}\` of a value whose type the type checker does not name here`, site.sp);
  if (t.k === 'path' && t.name === 'str' && t.args.length === 0) {
    const { utf8Len } = require('./string') as typeof import('./string');
    return { size: utf8Len((referent(v) as Str).s), align: 1 };
  }
  if (t.k === 'slice') {
    const e = engineLayoutOfTy(t.elem, I.prog);
    if (!e.known) return I.unsupported(`the ${what} of \`${t.text}\` (${e.reason})`, site.sp);
    return { size: e.size * sliceLen(referent(v)), align: e.align };
  }
  const l = engineLayoutOfTy(t, I.prog);
  if (!l.known) return I.unsupported(`the ${what} of \`${t.text}\` (${l.reason})`, site.sp);
  return l;
}

/** What `&v` leads to (a capture is the variable itself). */
function referent(v: Value): Value {
  let d = v;
  while (d instanceof CapRef) d = d.arr[d.idx];
  if (d instanceof Ref) d = d.arr[d.idx];
  while (d instanceof CapRef) d = d.arr[d.idx];
  return d;
}

/** The length of the slice a `&[E]` (or an unsized array, vec or box place) leads to. */
function sliceLen(d: Value): number {
  if (d instanceof Slice) return d.len;
  if (d instanceof Arr) return d.items.length;
  if (d instanceof VecV || d instanceof BoxV) return d.block.items.length;
  return 0;
}

definePath('mem::size_of', (I, _a, site) => usize(typeLayout(I, site, 'size').size));
definePath('size_of', (I, _a, site) => usize(typeLayout(I, site, 'size').size));
definePath('mem::align_of', (I, _a, site) => usize(typeLayout(I, site, 'alignment').align));
definePath('mem::size_of_val', (I, [v], site) => usize(valueLayout(I, v, site, 'size').size));
definePath('mem::align_of_val', (I, [v], site) => usize(valueLayout(I, v, site, 'alignment').align));
definePath('any::type_name', (I, _a, site) => {
  const t = site.generics[0] && I.concreteTy(site.generics[0]);
  if (!t) return I.unsupported('`type_name` without a type argument', site.sp);
  return new Str(rustTypeName(I, t, site));
});

const STD_PATHS: Record<string, string> = nameTable({
  String: 'alloc::string::String', Vec: 'alloc::vec::Vec', Box: 'alloc::boxed::Box', Option: 'core::option::Option',
  Result: 'core::result::Result', Rc: 'alloc::rc::Rc', Arc: 'alloc::sync::Arc', RefCell: 'core::cell::RefCell',
  Cell: 'core::cell::Cell', HashMap: 'std::collections::hash::map::HashMap', HashSet: 'std::collections::hash::set::HashSet',
  VecDeque: 'alloc::collections::vec_deque::VecDeque', BTreeMap: 'alloc::collections::btree::map::BTreeMap',
});

/** `std::any::type_name`'s spelling: std types by their defining crate's path, user types under the crate (the file's name). */
function rustTypeName(I: Interp, t: Ty, site: Site): string {
  switch (t.k) {
    case 'path': {
      const prim = /^(i|u)(8|16|32|64|128|size)$|^f32$|^f64$|^bool$|^char$|^str$/.test(t.name);
      let base: string;
      if (prim) base = t.name;
      else if (STD_PATHS[t.name]) base = STD_PATHS[t.name]!;
      else if (I.prog.adts.get(t.name)?.path && !I.prog.adts.get(t.name)!.builtin) base = `${I.opts.file.replace(/^.*\//, '').replace(/\.rs$/, '')}::${I.prog.adts.get(t.name)!.path}`;
      else return I.unsupported(`\`type_name\` of \`${t.text}\``, site.sp);
      return t.args.length ? `${base}<${t.args.map((a) => rustTypeName(I, a, site)).join(', ')}>` : base;
    }
    case 'ref': return `&${t.mut ? 'mut ' : ''}${rustTypeName(I, t.inner, site)}`;
    case 'tuple':
      if (t.closure) return I.unsupported('`type_name` of a closure', site.sp);
      return `(${t.items.map((a) => rustTypeName(I, a, site)).join(', ')}${t.items.length === 1 ? ',' : ''})`;
    case 'array': return `[${rustTypeName(I, t.elem, site)}; ${t.len}]`;
    case 'slice': return `[${rustTypeName(I, t.elem, site)}]`;
    default: return I.unsupported(`\`type_name\` of \`${t.text}\``, site.sp);
  }
}
// The type the checker gave the argument's referent, never one read off the value (a `None` does not show its payload's type).
definePath('any::type_name_of_val', (I, _a, site) => {
  const t = site.generics[0];
  if (!t) return I.unsupported('`type_name_of_val` of a value whose type the type checker does not name here', site.sp);
  return new Str(rustTypeName(I, t, site));
});
definePath('process::exit', (_I, [code]) => {
  throw new RustExit(Number(big(code as Int)));
});

// `std::env::args()`: the simulated process is started as the file's name without `.rs` and no
// arguments (the heap goldens run the real binary under that argv[0]). std copies argv into a
// `Vec<OsString>` — the buffer, then each string — and hands out its `IntoIter`, which frees the
// strings not taken and then the buffer; `Args` is not `TrustedLen`, so `collect` sizes by its hint.
definePath('env::args', (I) => {
  const { newString } = require('./string') as typeof import('./string');
  const { makeIter, vecIntoIter, iterNext, iterBack, sizeHint, dropIter } = require('./iter') as typeof import('./iter');
  const { newVec } = require('./vec') as typeof import('./vec');
  const argv = newVec(I, [], 1, stdTy(I.prog, 'String'));
  argv.block.items.push(newString(I, I.opts.file.replace(/\.rs$/, ''), null));
  const inner = vecIntoIter(I, argv);
  return makeIter(I, 'Args', {
    next: () => iterNext(I, inner),
    back: () => iterBack(I, inner),
    hint: () => sizeHint(inner),
    drop: () => dropIter(I, inner, 'temporary'),
  });
});
