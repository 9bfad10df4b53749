// The standard library types the layout engine knows, each described by the fields std 1.95
// really declares (so niches fall where rustc finds them: a Vec's capacity can never exceed
// isize::MAX, a Box is never null, a Duration's nanoseconds stay below 10^9, and an UnsafeCell
// hides every niche of its contents). Layouts are then computed by the same univariant/enum code
// as user types. Sizes of the opaque OS-backed types are recorded from rustc.
import { enumLayout } from './enumLayout';
import { NEVER, scalar, scalarWithNiche, unknown, UNIT, type Layout, type LayoutResult, type UnknownLayout } from './layout';
import { nonNullPointer, primitiveLayout, type PointerMetadata } from './primitives';
import { REPR_RUST } from './repr';
import { univariant, type FieldInput, type StructKind } from './univariant';
import { nameTable } from '../nameTable';

/**
 * What a rule needs of its type arguments, whatever represents them: the layout engine's TypeExpr
 * (types written in the Ast) or the type checker's Ty (layout/tyLayouts.ts).
 */
export interface StdContext<A> {
  layoutOf(t: A): LayoutResult;
  metadataOf(t: A): PointerMetadata | UnknownLayout;
  /** The type as hovers name it. */
  print(t: A): string;
  /** The layout of `<t as ToOwned>::Owned` (`str` → `String`, `[T]` → `Vec<T>`), for `Cow<t>`. */
  ownedLayoutOf(t: A): LayoutResult;
}

export type StdRule = <A>(args: readonly A[], cx: StdContext<A>) => LayoutResult;

const USIZE = scalar(8);
const U32 = scalar(4);
/** `UsizeNoHighBit`: a capacity, valid in 0..=isize::MAX. */
const CAP = scalarWithNiche(8, 1n << 63n);
/** `Nanoseconds`: valid in 0..=999_999_999. */
const NANOS = scalarWithNiche(4, 1_000_000_000n);
const NON_NULL = nonNullPointer('thin');
const MAYBE_UNSIZED: StructKind = { kind: 'maybeUnsized' };

function struct(fields: Array<[string, Layout]>, kind: StructKind = { kind: 'alwaysSized' }): Layout {
  const l = univariant(fields.map(([name, layout]): FieldInput => ({ name, layout })), REPR_RUST, kind);
  return opaqueFields(l);
}

/** Std fields are private: keep size, alignment and niche, drop the field table. */
function opaqueFields(l: Layout): Layout {
  const { fields: _f, memoryOrder: _m, fieldOrderIsRustcChoice: _o, variants: _v, ...rest } = l;
  return rest;
}

/** `UnsafeCell<T>`: same size and alignment, but no niche (the contents may change behind `&`). */
function unsafeCell(l: Layout): Layout {
  return { known: true, size: l.size, align: l.align, padding: l.padding, niche: null };
}

function describe(l: Layout, parts?: string, heap?: Layout['heap']): Layout {
  const out = { ...l };
  if (parts) out.parts = parts;
  if (heap) out.heap = heap;
  return out;
}

/** Computes the layouts of the first `n` type arguments, or the reason one is unknown. */
function withArgs<A>(name: string, args: readonly A[], n: number, cx: StdContext<A>, f: (...ls: Layout[]) => LayoutResult): LayoutResult {
  if (args.length < n) return unknown(`\`${name}\` needs ${n} type argument${n > 1 ? 's' : ''}`, name);
  const ls: Layout[] = [];
  for (const a of args.slice(0, n)) {
    const l = cx.layoutOf(a);
    if (!l.known) return l;
    ls.push(l);
  }
  return f(...ls);
}

export function optionOf(t: Layout): Layout {
  return enumLayout([
    { name: 'None', fields: [], discriminant: 0n },
    { name: 'Some', fields: [{ name: '0', layout: t }], discriminant: 1n },
  ], REPR_RUST);
}

export function resultOf(ok: Layout, err: Layout): Layout {
  return enumLayout([
    { name: 'Ok', fields: [{ name: '0', layout: ok }], discriminant: 0n },
    { name: 'Err', fields: [{ name: '0', layout: err }], discriminant: 1n },
  ], REPR_RUST);
}

const RAW_VEC = struct([['ptr', NON_NULL], ['cap', CAP]]);
const VEC = struct([['buf', RAW_VEC], ['len', USIZE]]);
const RANDOM_STATE = struct([['k0', scalar(8)], ['k1', scalar(8)]]);
const RAW_TABLE = struct([['bucket_mask', USIZE], ['ctrl', NON_NULL], ['growth_left', USIZE], ['items', USIZE]]);
const BTREE_MAP = struct([['root', optionOf(struct([['height', USIZE], ['node', NON_NULL]]))], ['length', USIZE]]);
/** Linux futex-based `sys::Mutex` and `poison::Flag`. */
const FUTEX = unsafeCell(U32);
const POISON = unsafeCell(scalar(1));
const DURATION = struct([['secs', scalar(8)], ['nanos', NANOS]]);

function hashMap<A>(args: readonly A[], cx: StdContext<A>, name: string, n: number): LayoutResult {
  // HashMap<K, V, S = RandomState>: hashbrown's table (32 B) beside the hasher state.
  let hasher: LayoutResult = RANDOM_STATE;
  if (args.length > n) hasher = cx.layoutOf(args[n]!);
  if (!hasher.known) return hasher;
  return describe(struct([['hash_builder', hasher], ['table', RAW_TABLE]]), 'hasher state, then the table: bucket mask, control bytes pointer, growth left, item count',
    { description: `a table of ${name === 'HashMap' ? 'key-value pairs' : 'elements'} and control bytes` });
}

/** The heap side of a collection, with the element size when it can be computed. */
function elementHeap<A>(what: string, elem: A | undefined, cx: StdContext<A>): Layout['heap'] {
  if (elem === undefined) return { description: `${what} elements` };
  const l = cx.layoutOf(elem);
  return l.known ? { description: `${what} ${cx.print(elem)} elements (${l.size} B each)`, elementSize: l.size } : { description: `${what} ${cx.print(elem)} elements` };
}

function pointerTo<A>(name: string, args: readonly A[], cx: StdContext<A>, f: (meta: PointerMetadata, pointee: A) => LayoutResult): LayoutResult {
  const pointee = args[0];
  if (pointee === undefined) return unknown(`\`${name}\` needs a type argument`, name);
  const meta = cx.metadataOf(pointee);
  if (typeof meta !== 'string') return meta;
  return f(meta, pointee);
}

/** The heap block of an Rc/Arc: two counters, then the value (the value's field may be unsized). */
function rcBox<A>(pointee: A, cx: StdContext<A>): number | undefined {
  const v = cx.layoutOf(pointee);
  return v.known ? struct([['strong', USIZE], ['weak', USIZE], ['value', v]], MAYBE_UNSIZED).size : undefined;
}

function countedPointer(name: string, kind: 'Rc' | 'Arc' | 'Weak'): StdRule {
  return (args, cx) => pointerTo(name, args, cx, (meta, pointee) => {
    const block = rcBox(pointee, cx);
    const what = `a ${kind === 'Weak' ? 'shared' : kind} block: strong count, weak count, then the ${cx.print(pointee)}`;
    const heap = block !== undefined ? { description: `${what} (${block} B)`, elementSize: block } : { description: what };
    return describe(nonNullPointer(meta), meta === 'thin' ? 'pointer' : 'pointer, metadata', heap);
  });
}

function transparent(name: string): StdRule {
  return (args, cx) => withArgs(name, args, 1, cx, (t) => ({ ...opaqueFields(t) }));
}


function fixed(l: Layout): StdRule {
  return () => l;
}

/** A fieldless enum of std whose variant names do not matter here. */
function cEnum(variants: number, names?: string[]): Layout {
  return opaqueFields(enumLayout(Array.from({ length: variants }, (_, i) => ({ name: names?.[i] ?? `V${i}`, fields: [], discriminant: BigInt(i) })), REPR_RUST));
}

const IO_ERROR = nonNullPointer('thin');
/** A leaf edge handle of a B-tree: the node pointer, its height and an edge index. */
const BTREE_HANDLE = struct([['node', NON_NULL], ['height', USIZE], ['idx', USIZE]]);
const BTREE_RANGE = struct([['front', optionOf(BTREE_HANDLE)], ['back', optionOf(BTREE_HANDLE)]]);
/** An iterator's end before its first step: the root (node, height) or an edge handle. */
const BTREE_LAZY_HANDLE = optionOf(enumLayout([
  { name: 'Root', fields: [{ name: '0', layout: struct([['node', NON_NULL], ['height', USIZE]]) }], discriminant: 0n },
  { name: 'Edge', fields: [{ name: '0', layout: BTREE_HANDLE }], discriminant: 1n },
], REPR_RUST));
const BTREE_ITER = struct([['front', BTREE_LAZY_HANDLE], ['back', BTREE_LAZY_HANDLE], ['length', USIZE]]);
/** `Utf8Error`: where the valid prefix ends and the length of the bad sequence, if it ended. */
const UTF8_ERROR = struct([['valid_up_to', USIZE], ['error_len', optionOf(scalar(1))]]);
const CHANNEL_END = enumLayout(['Array', 'List', 'Zero'].map((name, i) => ({ name, fields: [{ name: 'counter', layout: scalar(8) }], discriminant: BigInt(i) })), REPR_RUST);

/**
 * The table, made on first use rather than when the module loads: its fixed layouts are some 70
 * layout computations, 1.5–2 ms of CPU that a process asking for no std type's layout (a short
 * `check`) paid at start.
 */
let rules: Record<string, StdRule> | undefined;

function stdRules(): Record<string, StdRule> {
  return (rules ??= makeRules());
}

function makeRules(): Record<string, StdRule> {
  const RULES: Record<string, StdRule> = nameTable<StdRule>({
    String: fixed(describe(VEC, 'pointer, capacity, length', { description: 'the UTF-8 bytes', elementSize: 1 })),
    OsString: fixed(describe(VEC, 'pointer, capacity, length', { description: 'the bytes', elementSize: 1 })),
    PathBuf: fixed(describe(VEC, 'pointer, capacity, length', { description: 'the path bytes', elementSize: 1 })),
    // The element type of a collection is always Sized, so the collection's own size never
    // depends on it (and a recursive `enum Json { Array(Vec<Json>) }` stays computable).
    Vec: (args, cx) => describe(VEC, 'pointer, capacity, length', elementHeap('a buffer of', args[0], cx)),
    VecDeque: (args, cx) => describe(struct([['head', USIZE], ['len', USIZE], ['buf', RAW_VEC]]), 'head index, length, pointer, capacity', elementHeap('a ring buffer of', args[0], cx)),
    BinaryHeap: (args, cx) => describe(VEC, 'pointer, capacity, length', elementHeap('a buffer of', args[0], cx)),
    LinkedList: () => describe(struct([['head', scalar(8)], ['tail', scalar(8)], ['len', USIZE]]), 'head pointer, tail pointer, length', { description: 'one node per element' }),
    HashMap: (args, cx) => hashMap(args, cx, 'HashMap', 2),
    HashSet: (args, cx) => hashMap(args, cx, 'HashSet', 1),
    BTreeMap: () => describe(BTREE_MAP, 'root node pointer, tree height, length', { description: 'B-tree nodes of up to 11 entries' }),
    BTreeSet: () => describe(BTREE_MAP, 'root node pointer, tree height, length', { description: 'B-tree nodes of up to 11 elements' }),
    RandomState: fixed(RANDOM_STATE),

    Box: (args, cx) => pointerTo('Box', args, cx, (meta, pointee) => {
      const v = cx.layoutOf(pointee);
      return describe(nonNullPointer(meta), meta === 'thin' ? 'pointer' : meta === 'len' ? 'pointer, length' : 'pointer, vtable pointer',
        v.known ? { description: `a ${cx.print(pointee)} (${v.size} B)`, elementSize: v.size } : { description: `a ${cx.print(pointee)}` });
    }),
    NonNull: (args, cx) => pointerTo('NonNull', args, cx, (meta) => nonNullPointer(meta)),
    Unique: (args, cx) => pointerTo('Unique', args, cx, (meta) => nonNullPointer(meta)),
    Rc: countedPointer('Rc', 'Rc'),
    Arc: countedPointer('Arc', 'Arc'),
    Weak: countedPointer('Weak', 'Weak'),
    'rc::Weak': countedPointer('Weak', 'Weak'),
    'sync::Weak': countedPointer('Weak', 'Weak'),

    Option: (args, cx) => withArgs('Option', args, 1, cx, (t) => optionOf(t)),
    Result: (args, cx) => withArgs('Result', args, 2, cx, (ok, err) => resultOf(ok, err)),
    'fmt::Result': fixed(resultOf(UNIT, UNIT)),
    'fmt::Error': fixed(UNIT),
    'io::Error': fixed(describe(IO_ERROR, 'a tagged pointer')),
    'io::Result': (args, cx) => withArgs('io::Result', args, 1, cx, (t) => resultOf(t, IO_ERROR)),
    Cow: (args, cx) => {
      const b = args[0];
      if (b === undefined) return unknown('`Cow` needs a type argument', 'Cow');
      const meta = cx.metadataOf(b);
      if (typeof meta !== 'string') return meta;
      const owned = cx.ownedLayoutOf(b);
      if (!owned.known) return owned;
      return enumLayout([
        { name: 'Borrowed', fields: [{ name: '0', layout: nonNullPointer(meta) }], discriminant: 0n },
        { name: 'Owned', fields: [{ name: '0', layout: owned }], discriminant: 1n },
      ], REPR_RUST);
    },

    UnsafeCell: (args, cx) => withArgs('UnsafeCell', args, 1, cx, unsafeCell),
    Cell: (args, cx) => withArgs('Cell', args, 1, cx, unsafeCell),
    SyncUnsafeCell: (args, cx) => withArgs('SyncUnsafeCell', args, 1, cx, unsafeCell),
    RefCell: (args, cx) => withArgs('RefCell', args, 1, cx, (t) => describe(struct([['borrow', USIZE], ['value', unsafeCell(t)]], MAYBE_UNSIZED), 'borrow flag, value')),
    OnceCell: (args, cx) => withArgs('OnceCell', args, 1, cx, (t) => unsafeCell(optionOf(t))),
    Mutex: (args, cx) => withArgs('Mutex', args, 1, cx, (t) => describe(struct([['inner', FUTEX], ['poison', POISON], ['data', unsafeCell(t)]], MAYBE_UNSIZED), 'futex word, poison flag, value')),
    RwLock: (args, cx) => withArgs('RwLock', args, 1, cx, (t) => describe(struct([['state', FUTEX], ['writer_notify', FUTEX], ['poison', POISON], ['data', unsafeCell(t)]], MAYBE_UNSIZED), 'state word, writer futex, poison flag, value')),
    Condvar: fixed(FUTEX),
    Once: fixed(FUTEX),
    OnceLock: (args, cx) => withArgs('OnceLock', args, 1, cx, (t) => struct([['once', FUTEX], ['value', unsafeCell(t)]])),
    ManuallyDrop: transparent('ManuallyDrop'),
    Wrapping: transparent('Wrapping'),
    Saturating: transparent('Saturating'),
    Reverse: transparent('Reverse'),
    Pin: transparent('Pin'),
    MaybeUninit: (args, cx) => withArgs('MaybeUninit', args, 1, cx, unsafeCell),
    PhantomData: fixed(UNIT),
    Infallible: fixed(NEVER),
    PhantomPinned: fixed(UNIT),
    Duration: fixed(DURATION),
    Instant: fixed(DURATION),
    SystemTime: fixed(DURATION),
    Range: (args, cx) => withArgs('Range', args, 1, cx, (t) => struct([['start', t], ['end', t]])),
    RangeInclusive: (args, cx) => withArgs('RangeInclusive', args, 1, cx, (t) => struct([['start', t], ['end', t], ['exhausted', primitiveLayout('bool')!]])),
    'cmp::Ordering': fixed(enumLayout([-1n, 0n, 1n].map((d, i) => ({ name: ['Less', 'Equal', 'Greater'][i]!, fields: [], discriminant: d })), { c: false, transparent: false, int: { bytes: 1, signed: true } })),
    'atomic::Ordering': fixed(cEnum(5, ['Relaxed', 'Release', 'Acquire', 'AcqRel', 'SeqCst'])),
    AtomicBool: fixed(unsafeCell(scalar(1))),
    RangeFrom: (args, cx) => withArgs('RangeFrom', args, 1, cx, (t) => struct([['start', t]])),
    RangeTo: (args, cx) => withArgs('RangeTo', args, 1, cx, (t) => struct([['end', t]])),
    RangeToInclusive: (args, cx) => withArgs('RangeToInclusive', args, 1, cx, (t) => struct([['end', t]])),
    RangeFull: fixed(UNIT),

    // Threads and channels. A JoinHandle holds the pthread id, the Thread and an Arc to the result.
    JoinHandle: fixed(describe(struct([['native', USIZE], ['thread', NON_NULL], ['packet', NON_NULL]]), 'thread id, Thread handle, pointer to the shared result')),
    ScopedJoinHandle: fixed(describe(struct([['native', USIZE], ['thread', NON_NULL], ['packet', NON_NULL]]), 'thread id, Thread handle, pointer to the shared result')),
    Thread: fixed(NON_NULL),
    ThreadId: fixed(scalarWithNiche(8, (1n << 64n) - 1n)),
    // mpsc endpoints: an enum over the array, list and zero-capacity channel flavours.
    Sender: fixed(describe(CHANNEL_END, 'channel flavour tag, pointer to the shared channel')),
    SyncSender: fixed(describe(CHANNEL_END, 'channel flavour tag, pointer to the shared channel')),
    Receiver: fixed(describe(CHANNEL_END, 'channel flavour tag, pointer to the shared channel')),
    MutexGuard: fixed(describe(struct([['lock', NON_NULL], ['panicking', primitiveLayout('bool')!]]), 'reference to the Mutex, poison guard')),
    RwLockWriteGuard: fixed(describe(struct([['lock', NON_NULL], ['panicking', primitiveLayout('bool')!]]), 'reference to the RwLock, poison guard')),
    RwLockReadGuard: fixed(describe(struct([['data', NON_NULL], ['inner_lock', NON_NULL]]), 'pointer to the value, reference to the lock')),
    Ref: fixed(describe(struct([['value', NON_NULL], ['borrow', NON_NULL]]), 'pointer to the value, reference to the borrow flag')),
    RefMut: fixed(describe(struct([['value', NON_NULL], ['borrow', NON_NULL]]), 'pointer to the value, reference to the borrow flag')),
    // The errors of locks, cells and channels: each is the value it hands back, or nothing (std's
    // `debug_refcell` location is off in a release std).
    PoisonError: (args, cx) => withArgs('PoisonError', args, 1, cx, (t) => struct([['data', t]])),
    TryLockError: (args, cx) => withArgs('TryLockError', args, 1, cx, (t) => opaqueFields(enumLayout([
      { name: 'Poisoned', fields: [{ name: '0', layout: struct([['data', t]]) }], discriminant: 0n },
      { name: 'WouldBlock', fields: [], discriminant: 1n },
    ], REPR_RUST))),
    BorrowError: fixed(UNIT),
    BorrowMutError: fixed(UNIT),
    SendError: (args, cx) => withArgs('SendError', args, 1, cx, (t) => struct([['0', t]])),
    RecvError: fixed(UNIT),
    TryRecvError: fixed(cEnum(2, ['Empty', 'Disconnected'])),
    'mpsc::TryIter': fixed(NON_NULL),
    Utf8Error: fixed(UTF8_ERROR),
    FromUtf8Error: fixed(struct([['bytes', VEC], ['error', UTF8_ERROR]])),
    // The formatter's builders: the `&mut Formatter`, the result so far and their own state.
    DebugStruct: fixed(struct([['fmt', NON_NULL], ['result', scalar(1)], ['has_fields', primitiveLayout('bool')!]])),
    DebugTuple: fixed(struct([['fmt', NON_NULL], ['result', scalar(1)], ['fields', USIZE], ['empty_name', primitiveLayout('bool')!]])),
    DebugList: fixed(struct([['fmt', NON_NULL], ['result', scalar(1)], ['has_fields', primitiveLayout('bool')!]])),
    DebugSet: fixed(struct([['fmt', NON_NULL], ['result', scalar(1)], ['has_fields', primitiveLayout('bool')!]])),
    DebugMap: fixed(struct([['fmt', NON_NULL], ['result', scalar(1)], ['has_fields', primitiveLayout('bool')!], ['has_key', primitiveLayout('bool')!], ['on_newline', primitiveLayout('bool')!]])),
    // B-tree iterators: a front and a back end (the root until the first step, then an edge
    // handle: node, height, index) and the length left; a range starts at edges and has no length.
    'btree_map::IntoIter': fixed(BTREE_ITER),
    'btree_set::IntoIter': fixed(BTREE_ITER),
    'btree_map::Iter': fixed(BTREE_ITER),
    'btree_set::Iter': fixed(BTREE_ITER),
    'btree_map::Range': fixed(BTREE_RANGE),
    Barrier: fixed(struct([['lock', struct([['futex', FUTEX], ['poison', POISON], ['count', USIZE], ['generation_id', USIZE]])], ['cvar', FUTEX], ['num_threads', USIZE]])),

    // Files and handles. An OwnedFd is never -1, which leaves one niche value.
    File: fixed(scalarWithNiche(4, (1n << 32n) - 1n)),
    OwnedFd: fixed(scalarWithNiche(4, (1n << 32n) - 1n)),
    Stdout: fixed(NON_NULL),
    Stderr: fixed(NON_NULL),
    Stdin: fixed(NON_NULL),
    CString: fixed(describe(nonNullPointer('len'), 'pointer, length', { description: 'the bytes and a trailing NUL', elementSize: 1 })),
    TypeId: fixed(scalar(16, 8)),
    Arguments: fixed(nonNullPointer('len')),
    ParseIntError: fixed(cEnum(5)),
    ParseFloatError: fixed(cEnum(2)),
    DefaultHasher: fixed(struct(Array.from({ length: 9 }, (_, i): [string, Layout] => [`w${i}`, USIZE]))),
    AtomicPtr: fixed(unsafeCell(scalar(8))),
  });

  for (const [name, bytes] of [['8', 1], ['16', 2], ['32', 4], ['64', 8], ['size', 8]] as const) {
    RULES[`AtomicU${name}`] = fixed(unsafeCell(scalar(bytes)));
    RULES[`AtomicI${name}`] = fixed(unsafeCell(scalar(bytes)));
    RULES[`NonZeroU${name}`] = fixed(scalarWithNiche(bytes, (1n << BigInt(bytes * 8)) - 1n));
    RULES[`NonZeroI${name}`] = fixed(scalarWithNiche(bytes, (1n << BigInt(bytes * 8)) - 1n));
  }
  RULES['NonZeroU128'] = fixed(scalarWithNiche(16, (1n << 128n) - 1n));
  RULES['NonZeroI128'] = fixed(scalarWithNiche(16, (1n << 128n) - 1n));
  RULES['NonZero'] = (args, cx) => withArgs('NonZero', args, 1, cx, (t) => (t.niche === null && t.size > 0 ? scalarWithNiche(t.size, (1n << BigInt(t.size * 8)) - 1n, t.align) : unknown(`\`NonZero\` of a non-integer type`, 'NonZero')));
  return RULES;
}

/** Where `Ordering` is ambiguous (`cmp` vs `atomic`), a bare name means the prelude-free `cmp` one. */
const BARE_DEFAULTS: Record<string, string> = nameTable({ Ordering: 'cmp::Ordering' });

/** Looks up a std type by its path (`["std", "sync", "Weak"]`, `["Vec"]`, `["io", "Result"]`). */
export function stdRule(segments: string[]): StdRule | undefined {
  const last = segments.at(-1) ?? '';
  const module = segments.at(-2);
  if (module !== undefined) {
    const qualified = stdRules()[`${module}::${last}`];
    if (qualified) return qualified;
  }
  // `io::Error`, `fmt::Result`, ... are not the prelude types of the same name.
  if ((module === 'io' || module === 'fmt') && (last === 'Result' || last === 'Error')) return undefined;
  const bare = BARE_DEFAULTS[last];
  return bare ? stdRules()[bare] : stdRules()[last];
}

/** True for names in the std table (a file's own declarations shadow them). */
export function isStdTypeName(name: string): boolean {
  return name in stdRules() || name in BARE_DEFAULTS;
}
