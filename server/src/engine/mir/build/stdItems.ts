// The std items the desugarings call or build that the std declarations do not declare (they are
// not part of std's surface a program names): `Try::branch`, `IntoIterator::into_iter`,
// `Iterator::next`, the formatting machinery, `ControlFlow`. One `Def` per path, for the process.
import type { Def } from '../../typeck/ty';

const defs = new Map<string, Def>();

/** The std item at `path` (`core::ops::Try::branch`), named by its last segment. */
export function stdItem(path: string): Def {
  let def = defs.get(path);
  if (!def) {
    def = Object.freeze({ name: path.slice(path.lastIndexOf('::') + 2), path, std: true });
    defs.set(path, def);
  }
  return def;
}

export const STD = {
  branch: 'core::ops::Try::branch',
  fromResidual: 'core::ops::FromResidual::from_residual',
  controlFlow: 'core::ops::ControlFlow',
  intoIter: 'core::iter::IntoIterator::into_iter',
  next: 'core::iter::Iterator::next',
  deref: 'core::ops::Deref::deref',
  derefMut: 'core::ops::DerefMut::deref_mut',
  index: 'core::ops::Index::index',
  indexMut: 'core::ops::IndexMut::index_mut',
  arguments: 'core::fmt::Arguments',
  argument: 'core::fmt::rt::Argument',
  argumentsNew: 'core::fmt::Arguments::new',
  argumentsFromStr: 'core::fmt::Arguments::from_str',
  argumentNew: 'core::fmt::rt::Argument::new',
  print: 'std::io::_print',
  eprint: 'std::io::_eprint',
  format: 'alloc::fmt::format',
  mustUse: 'alloc::__export::must_use',
  panicFmt: 'core::panicking::panic_fmt',
  panic: 'core::panicking::panic',
  assertFailed: 'core::panicking::assert_failed',
  assertKind: 'core::panicking::AssertKind',
  writeFmt: 'core::fmt::Write::write_fmt',
  fromElem: 'alloc::vec::from_elem',
  boxNewUninit: 'alloc::boxed::Box::new_uninit',
  boxIntoVec: 'alloc::boxed::box_assume_init_into_vec_unsafe',
  vecNew: 'alloc::vec::Vec::new',
  rangeInclusiveNew: 'core::ops::RangeInclusive::new',
  range: 'core::ops::Range',
  rangeFrom: 'core::ops::RangeFrom',
  rangeTo: 'core::ops::RangeTo',
  rangeFull: 'core::ops::RangeFull',
  rangeInclusive: 'core::ops::RangeInclusive',
  dbg: 'std::io::_eprint',
  callFn: 'core::ops::Fn::call',
  callMut: 'core::ops::FnMut::call_mut',
  callOnce: 'core::ops::FnOnce::call_once',
  option: 'core::option::Option',
} as const;
