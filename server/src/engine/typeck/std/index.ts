// The std surface the type checker knows, as one Rust source: each module file declares one
// family in Rust syntax (signatures without bodies; the simulator's natives give behaviour).
// Inside these declarations a bare name resolves to the item of the same module first, then to
// the std item of that name declared first (so `Ordering` is `cmp::Ordering` unless the module
// has its own); `core::m::Name` names module `m`'s item.
import { COLLECTIONS_SOURCE } from './collections';
import { ERROR_SOURCE } from './error';
import { CORE_SOURCE } from './core';
import { ITER_SOURCE } from './iter';
import { NUM_SOURCE } from './num';
import { OPTION_SOURCE } from './option';
import { POINTERS_SOURCE } from './pointers';
import { PROCESS_SOURCE } from './process';
import { STRING_SOURCE } from './string';
import { THREAD_SOURCE } from './thread';
import { VEC_SOURCE } from './vec';
import { nameTable } from '../../nameTable';

/** Module order decides which of two same-named items a bare name means. */
export const STD_SOURCE = [CORE_SOURCE, OPTION_SOURCE, ITER_SOURCE, VEC_SOURCE, STRING_SOURCE, POINTERS_SOURCE, COLLECTIONS_SOURCE, NUM_SOURCE, THREAD_SOURCE, PROCESS_SOURCE, ERROR_SOURCE].join('\n');

/**
 * The crate each std module lives in, for the full paths `type_name` prints
 * (`alloc::vec::Vec`, `core::option::Option`, `std::collections::hash::map::HashMap`).
 */
export const STD_CRATE_PATHS: Readonly<Record<string, string>> = nameTable({
  vec: 'alloc::vec',
  string: 'alloc::string',
  boxed: 'alloc::boxed',
  rc: 'alloc::rc',
  borrow: 'alloc::borrow',
  collections: 'std::collections',
  thread: 'std::thread',
  sync: 'std::sync',
  atomic: 'core::sync::atomic',
  mpsc: 'std::sync::mpsc',
  time: 'core::time',
});
