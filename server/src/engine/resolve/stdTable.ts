// The part of std that name resolution knows, as data: the 2021 prelude, and what the modules the
// product models contain. It decides what a `use` of std or a std glob brings into scope and
// whether an identifier pattern names a unit variant (`None`) or binds. A std path the table
// does not know is never an error: it resolves to an opaque `Std` result with the path as written.
import { nameTable } from '../nameTable';

/** `t`: type namespace (types, traits, modules); `v`: a function or constant; `u`: a unit variant
 * or unit struct (a value that an identifier pattern matches rather than binds); `c`: a tuple
 * constructor (in both namespaces); `m`: a macro. */
export type StdNs = 't' | 'v' | 'u' | 'c' | 'm';

/** Module path → item name → namespace. A module listed here is complete for globs. */
export const STD_MODULES: Record<string, Record<string, StdNs>> = nameTable<Record<string, StdNs>>({
  std: {
    collections: 't', rc: 't', cell: 't', sync: 't', fmt: 't', mem: 't', ptr: 't', ops: 't', cmp: 't', iter: 't',
    vec: 't', string: 't', boxed: 't', option: 't', result: 't', convert: 't', default: 't', clone: 't', marker: 't',
    borrow: 't', thread: 't', time: 't', io: 't', process: 't', env: 't', hash: 't', str: 't', slice: 't', num: 't',
    any: 't', hint: 't', char: 't', array: 't', alloc: 't', error: 't', fs: 't', path: 't', primitive: 't',
    prelude: 't', f32: 't', f64: 't', i8: 't', i16: 't', i32: 't', i64: 't', i128: 't', isize: 't', u8: 't',
    u16: 't', u32: 't', u64: 't', u128: 't', usize: 't', ffi: 't', net: 't', panic: 't', pin: 't', future: 't',
    task: 't', ascii: 't', backtrace: 't', os: 't',
  },
  'std::option': { Option: 't', Some: 'c', None: 'u', Iter: 't', IntoIter: 't' },
  'std::option::Option': { Some: 'c', None: 'u' },
  'std::result': { Result: 't', Ok: 'c', Err: 'c', Iter: 't', IntoIter: 't' },
  'std::result::Result': { Ok: 'c', Err: 'c' },
  'std::cmp': {
    Ordering: 't', PartialEq: 't', Eq: 't', PartialOrd: 't', Ord: 't', Reverse: 'c', max: 'v', min: 'v',
    max_by: 'v', min_by: 'v', max_by_key: 'v', min_by_key: 'v',
  },
  'std::cmp::Ordering': { Less: 'u', Equal: 'u', Greater: 'u' },
  'std::collections': {
    HashMap: 't', HashSet: 't', BTreeMap: 't', BTreeSet: 't', VecDeque: 't', BinaryHeap: 't', LinkedList: 't',
    hash_map: 't', hash_set: 't', btree_map: 't', btree_set: 't', vec_deque: 't', binary_heap: 't', linked_list: 't',
    TryReserveError: 't',
  },
  'std::collections::hash_map': { HashMap: 't', Entry: 't', Iter: 't', IterMut: 't', Keys: 't', Values: 't', ValuesMut: 't', IntoIter: 't', Drain: 't', DefaultHasher: 't', RandomState: 't', OccupiedEntry: 't', VacantEntry: 't' },
  'std::collections::hash_map::Entry': { Occupied: 'c', Vacant: 'c' },
  'std::collections::btree_map': { BTreeMap: 't', Entry: 't', Iter: 't', IterMut: 't', Keys: 't', Values: 't', IntoIter: 't', Range: 't', OccupiedEntry: 't', VacantEntry: 't' },
  'std::collections::btree_map::Entry': { Occupied: 'c', Vacant: 'c' },
  'std::rc': { Rc: 't', Weak: 't' },
  'std::sync': {
    Arc: 't', Weak: 't', Mutex: 't', MutexGuard: 't', RwLock: 't', RwLockReadGuard: 't', RwLockWriteGuard: 't',
    Condvar: 't', Barrier: 't', Once: 't', OnceLock: 't', LazyLock: 't', PoisonError: 't', TryLockError: 't',
    atomic: 't', mpsc: 't',
  },
  'std::sync::atomic': {
    AtomicBool: 't', AtomicI8: 't', AtomicI16: 't', AtomicI32: 't', AtomicI64: 't', AtomicIsize: 't', AtomicU8: 't',
    AtomicU16: 't', AtomicU32: 't', AtomicU64: 't', AtomicUsize: 't', AtomicPtr: 't', Ordering: 't', fence: 'v',
    compiler_fence: 'v',
  },
  'std::sync::atomic::Ordering': { Relaxed: 'u', Release: 'u', Acquire: 'u', AcqRel: 'u', SeqCst: 'u' },
  'std::sync::mpsc': { channel: 'v', sync_channel: 'v', Sender: 't', SyncSender: 't', Receiver: 't', SendError: 'c', RecvError: 'u', TryRecvError: 't', RecvTimeoutError: 't', TrySendError: 't', Iter: 't', TryIter: 't', IntoIter: 't' },
  'std::cell': { Cell: 't', RefCell: 't', Ref: 't', RefMut: 't', UnsafeCell: 't', OnceCell: 't', LazyCell: 't', BorrowError: 't', BorrowMutError: 't' },
  'std::fmt': {
    Display: 't', Debug: 't', Formatter: 't', Result: 't', Error: 'u', Write: 't', Arguments: 't', Alignment: 't',
    Binary: 't', Octal: 't', LowerHex: 't', UpperHex: 't', LowerExp: 't', UpperExp: 't', Pointer: 't',
    DebugStruct: 't', DebugTuple: 't', DebugList: 't', DebugMap: 't', DebugSet: 't', format: 'v', write: 'v',
  },
  'std::mem': {
    swap: 'v', replace: 'v', take: 'v', drop: 'v', forget: 'v', size_of: 'v', size_of_val: 'v', align_of: 'v',
    align_of_val: 'v', transmute: 'v', zeroed: 'v', needs_drop: 'v', discriminant: 'v', ManuallyDrop: 't',
    MaybeUninit: 't', Discriminant: 't', offset_of: 'm',
  },
  'std::ops': {
    Add: 't', Sub: 't', Mul: 't', Div: 't', Rem: 't', Neg: 't', Not: 't', BitAnd: 't', BitOr: 't', BitXor: 't',
    Shl: 't', Shr: 't', AddAssign: 't', SubAssign: 't', MulAssign: 't', DivAssign: 't', RemAssign: 't',
    BitAndAssign: 't', BitOrAssign: 't', BitXorAssign: 't', ShlAssign: 't', ShrAssign: 't', Deref: 't',
    DerefMut: 't', Drop: 't', Index: 't', IndexMut: 't', Fn: 't', FnMut: 't', FnOnce: 't', Range: 't',
    RangeInclusive: 't', RangeFrom: 't', RangeTo: 't', RangeFull: 'u', RangeToInclusive: 't', RangeBounds: 't',
    Bound: 't', ControlFlow: 't',
  },
  'std::ops::Bound': { Included: 'c', Excluded: 'c', Unbounded: 'u' },
  'std::ops::ControlFlow': { Continue: 'c', Break: 'c' },
  'std::iter': {
    Iterator: 't', IntoIterator: 't', DoubleEndedIterator: 't', ExactSizeIterator: 't', Extend: 't',
    FromIterator: 't', Sum: 't', Product: 't', Peekable: 't', Rev: 't', Map: 't', Filter: 't', Enumerate: 't',
    Zip: 't', Chain: 't', Take: 't', Skip: 't', StepBy: 't', Cycle: 't', FusedIterator: 't', Repeat: 't',
    Once: 't', Empty: 't', FromFn: 't', Successors: 't', repeat: 'v', once: 'v', empty: 'v', from_fn: 'v',
    successors: 'v', zip: 'v', repeat_n: 'v', Copied: 't', Cloned: 't', Flatten: 't', FlatMap: 't',
    TakeWhile: 't', SkipWhile: 't', Scan: 't', Inspect: 't', Fuse: 't', FilterMap: 't', MapWhile: 't',
  },
  'std::vec': { Vec: 't', IntoIter: 't', Drain: 't' },
  'std::string': { String: 't', ToString: 't', FromUtf8Error: 't', ParseError: 't' },
  'std::boxed': { Box: 't' },
  'std::convert': { From: 't', Into: 't', TryFrom: 't', TryInto: 't', AsRef: 't', AsMut: 't', Infallible: 't', identity: 'v' },
  'std::default': { Default: 't' },
  'std::clone': { Clone: 't' },
  'std::marker': { Copy: 't', Send: 't', Sync: 't', Sized: 't', Unpin: 't', PhantomData: 'u', PhantomPinned: 'u' },
  'std::borrow': { Borrow: 't', BorrowMut: 't', ToOwned: 't', Cow: 't' },
  'std::borrow::Cow': { Borrowed: 'c', Owned: 'c' },
  'std::hash': { Hash: 't', Hasher: 't', BuildHasher: 't', DefaultHasher: 't', RandomState: 't', BuildHasherDefault: 't' },
  'std::any': { Any: 't', TypeId: 't', type_name: 'v', type_name_of_val: 'v' },
  'std::hint': { black_box: 'v', spin_loop: 'v', unreachable_unchecked: 'v' },
  'std::thread': { spawn: 'v', sleep: 'v', current: 'v', yield_now: 'v', scope: 'v', park: 'v', panicking: 'v', JoinHandle: 't', Thread: 't', ThreadId: 't', Builder: 't', Scope: 't', ScopedJoinHandle: 't', LocalKey: 't', available_parallelism: 'v' },
  'std::time': { Duration: 't', Instant: 't', SystemTime: 't', UNIX_EPOCH: 'v' },
  'std::process': { exit: 'v', abort: 'v', id: 'v', Command: 't', ExitCode: 't', Termination: 't', Child: 't', Output: 't', Stdio: 't' },
  'std::io::prelude': { Read: 't', Write: 't', BufRead: 't', Seek: 't' },
  'std::io': { stdin: 'v', stdout: 'v', stderr: 'v', Read: 't', Write: 't', BufRead: 't', BufReader: 't', BufWriter: 't', Error: 't', ErrorKind: 't', Result: 't', Stdin: 't', Stdout: 't', Stderr: 't', Cursor: 't', Seek: 't', SeekFrom: 't', Lines: 't', empty: 'v', sink: 'v' },
  'std::num': { ParseIntError: 't', ParseFloatError: 't', NonZeroU8: 't', NonZeroU16: 't', NonZeroU32: 't', NonZeroU64: 't', NonZeroUsize: 't', NonZeroI32: 't', NonZeroI64: 't', NonZero: 't', Wrapping: 'c', Saturating: 'c', IntErrorKind: 't', TryFromIntError: 't', FpCategory: 't' },
  'std::ptr': { null: 'v', null_mut: 'v', eq: 'v', addr_of: 'm', addr_of_mut: 'm', NonNull: 't', read: 'v', write: 'v', drop_in_place: 'v', copy: 'v', copy_nonoverlapping: 'v', swap: 'v', replace: 'v', dangling: 'v', without_provenance: 'v', addr_eq: 'v' },
  'std::error': { Error: 't' },
  'std::str': { FromStr: 't', Chars: 't', CharIndices: 't', Bytes: 't', Split: 't', SplitWhitespace: 't', Lines: 't', from_utf8: 'v', Utf8Error: 't', ParseBoolError: 't' },
  'std::slice': { Iter: 't', IterMut: 't', Chunks: 't', Windows: 't', from_raw_parts: 'v', from_ref: 'v' },
  'std::char': { from_u32: 'v', from_digit: 'v', MAX: 'v', REPLACEMENT_CHARACTER: 'v' },
  'std::array': { from_fn: 'v', IntoIter: 't' },
  'std::env': { args: 'v', var: 'v', vars: 'v', Args: 't' },
  'std::panic': { catch_unwind: 'v', set_hook: 'v', take_hook: 'v', panic_any: 'v', resume_unwind: 'v', AssertUnwindSafe: 'c', Location: 't', PanicHookInfo: 't', UnwindSafe: 't', RefUnwindSafe: 't' },
  'std::pin': { Pin: 't', pin: 'm' },
  'std::alloc': { Layout: 't', alloc: 'v', dealloc: 'v', realloc: 'v', GlobalAlloc: 't', System: 'u' },
  'std::f64': { consts: 't', MAX: 'v', MIN: 'v', EPSILON: 'v', INFINITY: 'v', NEG_INFINITY: 'v', NAN: 'v', MIN_POSITIVE: 'v' },
  'std::f32': { consts: 't', MAX: 'v', MIN: 'v', EPSILON: 'v', INFINITY: 'v', NEG_INFINITY: 'v', NAN: 'v', MIN_POSITIVE: 'v' },
});
// Each module's own table is looked up by a name the program writes, too.
for (const m of Object.keys(STD_MODULES)) STD_MODULES[m] = nameTable(STD_MODULES[m]!);

/** The crates a 2021 program may name without `extern crate`. */
export const EXTERN_PRELUDE = new Set(['std', 'core']);

/** The Rust 2021 prelude (`std::prelude::rust_2021`), name → full path and namespace. */
export const PRELUDE: Record<string, { path: string; ns: StdNs }> = nameTable({
  Copy: { path: 'std::marker::Copy', ns: 't' },
  Send: { path: 'std::marker::Send', ns: 't' },
  Sized: { path: 'std::marker::Sized', ns: 't' },
  Sync: { path: 'std::marker::Sync', ns: 't' },
  Unpin: { path: 'std::marker::Unpin', ns: 't' },
  Drop: { path: 'std::ops::Drop', ns: 't' },
  Fn: { path: 'std::ops::Fn', ns: 't' },
  FnMut: { path: 'std::ops::FnMut', ns: 't' },
  FnOnce: { path: 'std::ops::FnOnce', ns: 't' },
  AsyncFn: { path: 'std::ops::AsyncFn', ns: 't' },
  AsyncFnMut: { path: 'std::ops::AsyncFnMut', ns: 't' },
  AsyncFnOnce: { path: 'std::ops::AsyncFnOnce', ns: 't' },
  drop: { path: 'std::mem::drop', ns: 'v' },
  size_of: { path: 'std::mem::size_of', ns: 'v' },
  size_of_val: { path: 'std::mem::size_of_val', ns: 'v' },
  align_of: { path: 'std::mem::align_of', ns: 'v' },
  align_of_val: { path: 'std::mem::align_of_val', ns: 'v' },
  Box: { path: 'std::boxed::Box', ns: 't' },
  ToOwned: { path: 'std::borrow::ToOwned', ns: 't' },
  Clone: { path: 'std::clone::Clone', ns: 't' },
  PartialEq: { path: 'std::cmp::PartialEq', ns: 't' },
  PartialOrd: { path: 'std::cmp::PartialOrd', ns: 't' },
  Eq: { path: 'std::cmp::Eq', ns: 't' },
  Ord: { path: 'std::cmp::Ord', ns: 't' },
  AsRef: { path: 'std::convert::AsRef', ns: 't' },
  AsMut: { path: 'std::convert::AsMut', ns: 't' },
  Into: { path: 'std::convert::Into', ns: 't' },
  From: { path: 'std::convert::From', ns: 't' },
  TryFrom: { path: 'std::convert::TryFrom', ns: 't' },
  TryInto: { path: 'std::convert::TryInto', ns: 't' },
  Default: { path: 'std::default::Default', ns: 't' },
  Iterator: { path: 'std::iter::Iterator', ns: 't' },
  Extend: { path: 'std::iter::Extend', ns: 't' },
  IntoIterator: { path: 'std::iter::IntoIterator', ns: 't' },
  DoubleEndedIterator: { path: 'std::iter::DoubleEndedIterator', ns: 't' },
  ExactSizeIterator: { path: 'std::iter::ExactSizeIterator', ns: 't' },
  FromIterator: { path: 'std::iter::FromIterator', ns: 't' },
  Option: { path: 'std::option::Option', ns: 't' },
  Some: { path: 'std::option::Option::Some', ns: 'c' },
  None: { path: 'std::option::Option::None', ns: 'u' },
  Result: { path: 'std::result::Result', ns: 't' },
  Ok: { path: 'std::result::Result::Ok', ns: 'c' },
  Err: { path: 'std::result::Result::Err', ns: 'c' },
  String: { path: 'std::string::String', ns: 't' },
  ToString: { path: 'std::string::ToString', ns: 't' },
  Vec: { path: 'std::vec::Vec', ns: 't' },
});

export const PRIMITIVES = new Set(['bool', 'char', 'str', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'f32', 'f64']);

/** The std macros a program may invoke unqualified (`#[macro_use]` prelude). */
export const STD_MACROS = new Set([
  'println', 'print', 'eprintln', 'eprint', 'format', 'format_args', 'write', 'writeln', 'panic', 'assert',
  'assert_eq', 'assert_ne', 'debug_assert', 'debug_assert_eq', 'debug_assert_ne', 'vec', 'matches', 'todo',
  'unimplemented', 'unreachable', 'dbg', 'cfg', 'concat', 'stringify', 'line', 'column', 'file', 'env',
  'option_env', 'include', 'include_str', 'include_bytes', 'thread_local', 'compile_error', 'module_path',
  'const_format_args', 'is_x86_feature_detected', 'try',
]);

/** A path into std or core, spelled with `std` (core's items are std's). */
export function stdPathOf(segments: readonly string[]): string {
  return ['std', ...segments.slice(1)].join('::');
}

/** What a std path names, when the table knows; `undefined` when it does not (then it is opaque). */
export function stdNs(path: string): StdNs | undefined {
  const cut = path.lastIndexOf('::');
  if (cut < 0) return path === 'std' || path === 'core' ? 't' : undefined;
  return STD_MODULES[path.slice(0, cut)]?.[path.slice(cut + 2)];
}
