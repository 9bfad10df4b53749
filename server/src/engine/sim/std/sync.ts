// `Mutex`, `RwLock` and their guards, and the atomic integers. (`Arc` and `sync::Weak` live in
// rc.ts with `Rc`.) A guard is an ordinary value: the lock is released when it drops — at the end
// of its statement or scope, by `drop(guard)`, or while a panic unwinds. Threads run one at a time
// (see thread.ts), so a lock that is still held when another thread asks for it can only be
// waited for by a thread the simulator cannot suspend: that is reported instead of guessed.
import type { Interp } from '../interp/interp';
import { eqValues } from '../interp/ops';
import type { Ty } from '../types';
import { INT_TYPES, Int, Native, Ref, CapRef, UNIT, normInt, big, type NativeClass, type Value, type Root } from '../values';
import { err, ok } from './builtins';
import { debugStruct } from './fmt';
import { defineConst, defineMethods, definePath, method } from './registry';
import { forwardToTarget, GUARD_FORWARDS } from './deref';
import { heapPointers } from './pointers';
import { cellTypeName, contentsTy, defineNativeDefault, defaultLike } from './cell';
import { wrap } from '../interp/intArith';
import { currentThreadName } from './thread';
import { nameTable } from '../../nameTable';

interface LockData {
  I: Interp;
  slot: Value[];
  /** The data's type, the checker's (`T` of `Mutex<T>`); null where it could not spell it. */
  ty: Ty | null;
  /** Mutex: 1 when locked. RwLock: readers count, or -1 when write-locked. */
  state: number;
  /** The thread that holds a mutex or write lock (for the message when another one waits). */
  holder: string;
  poisoned: boolean;
  rw: boolean;
}

interface GuardData {
  I: Interp;
  lock: LockData;
  kind: 'mutex' | 'read' | 'write';
  root: Root;
  /** The frame slot of the variable the lock lives in (-1 when it lives on the heap). */
  rootSlot: number;
  released: boolean;
}

function lockClass(rw: boolean): NativeClass {
  const name = rw ? 'RwLock' : 'Mutex';
  return {
    name,
    pointers: (d: LockData) => heapPointers(d.slot[0]),
    typeName: (d: LockData) => cellTypeName(name, d.ty),
    needsDrop: () => true,
    drop: (d: LockData, path: string) => d.I.drop(d.slot[0], 'owner', path),
    debug: (d: LockData, item, pretty) => {
      const locked = rw ? d.state < 0 : d.state !== 0;
      const body = debugStruct(name, [['data', locked ? '"<locked>"' : item(d.slot[0])], ['poisoned', String(d.poisoned)]], pretty);
      // std finishes with `finish_non_exhaustive`.
      return pretty ? body.replace(/\}$/, '    ..\n}') : body.replace(/ \}$/, ', .. }');
    },
    summary: (d: LockData, inner) => {
      const state = rw ? (d.state < 0 ? ' (write-locked)' : d.state > 0 ? ` (${d.state} reader${d.state === 1 ? '' : 's'})` : '') : d.state ? ' (locked)' : '';
      return `${rw ? 'RwLock' : 'Mutex'}${inner ? ` { data: ${inner(d.slot[0])} }` : ''}${state}`;
    },
  };
}

export const MUTEX = lockClass(false);
export const RWLOCK = lockClass(true);

function guardClass(kind: GuardData['kind']): NativeClass {
  const name = kind === 'mutex' ? 'MutexGuard' : kind === 'read' ? 'RwLockReadGuard' : 'RwLockWriteGuard';
  return {
    name,
    typeName: (d: GuardData) => cellTypeName(name, d.lock.ty),
    needsDrop: (d: GuardData) => !d.released,
    // A panic unwinding through a held mutex or write lock poisons it, as std does.
    drop: (d: GuardData, _path: string, reason?: string) => {
      if (reason === 'unwind' && kind !== 'read' && !d.released) d.lock.poisoned = true;
      unlock(d);
    },
    deref: (d: GuardData) => new Ref(d.lock.slot, 0, kind !== 'read', d.root),
    lends: (d: GuardData) => (d.released ? undefined : { place: new Ref(d.lock.slot, 0, kind !== 'read', d.root, d.rootSlot), cell: d.lock }),
    summary: () => `${name} { .. }`,
    eq: (a: GuardData, b: GuardData) => eqValues(a.I, a.lock.slot[0], b.lock.slot[0]),
  };
}

const MUTEX_GUARD = guardClass('mutex');
const READ_GUARD = guardClass('read');
const WRITE_GUARD = guardClass('write');
for (const g of [MUTEX_GUARD, READ_GUARD, WRITE_GUARD]) forwardToTarget(g.name, GUARD_FORWARDS);

function unlock(g: GuardData): void {
  if (g.released) return;
  g.released = true;
  const l = g.lock;
  if (g.kind === 'read') l.state--;
  else l.state = 0;
  if (g.I.rec && g.root) g.I.rec.dirty(g.root);
}

function lockOf(I: Interp, v: Value, cls: NativeClass, what: string): LockData {
  for (let i = 0; i < 12; i++) {
    if (v instanceof Native && v.cls === cls) return v.data as LockData;
    if (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
    else if (v instanceof Native && v.cls.deref) v = v.cls.deref(v.data).get();
    else break;
  }
  return I.unsupported(`\`${what}\` on \`${I.typeName(v)}\``);
}

function newGuard(I: Interp, l: LockData, kind: GuardData['kind']): Native {
  if (kind === 'read') l.state++;
  else {
    l.state = -1;
    if (!l.rw) l.state = 1;
    l.holder = currentThreadName(I);
  }
  const root = I.recv ? I.recv.root : null;
  const rootSlot = I.recv ? I.recv.rootSlot : -1;
  const cls = kind === 'mutex' ? MUTEX_GUARD : kind === 'read' ? READ_GUARD : WRITE_GUARD;
  // The lock's owner now reads locked: the trace shows it at this step, not at the next write.
  if (I.rec && root) I.rec.dirty(root);
  return new Native(cls, { I, lock: l, kind, root, rootSlot, released: false } satisfies GuardData);
}

/** A lock the current thread would have to wait for: the simulator cannot suspend it. */
function blocked(I: Interp, l: LockData, what: string): never {
  const me = currentThreadName(I);
  if (l.holder === me) return I.unsupported(`\`${what}\` on a lock this thread already holds (the real program deadlocks)`);
  return I.unsupported(`\`${what}\` waiting for a lock held by thread '${l.holder}' (threads run one at a time, each to completion)`);
}

const WOULD_BLOCK: NativeClass = {
  name: 'TryLockError',
  typeName: () => 'TryLockError',
  debug: () => '"WouldBlock"',
  display: () => 'try_lock failed because the operation would block',
};

function lockResult(g: Native, l: LockData): Value {
  return l.poisoned ? err(new Native(POISON_ERROR, g)) : ok(g);
}

// ------------------------------------------------------------------------------ Mutex

definePath('Mutex::new', (I, args, site) => new Native(MUTEX, { I, slot: [args[0]], ty: contentsTy(site.ty, 'Mutex'), state: 0, holder: '', poisoned: false, rw: false } satisfies LockData));
definePath('RwLock::new', (I, args, site) => new Native(RWLOCK, { I, slot: [args[0]], ty: contentsTy(site.ty, 'RwLock'), state: 0, holder: '', poisoned: false, rw: true } satisfies LockData));
definePath('Mutex::from', (I, args, site) => new Native(MUTEX, { I, slot: [args[0]], ty: contentsTy(site.ty, 'Mutex'), state: 0, holder: '', poisoned: false, rw: false } satisfies LockData));
definePath('RwLock::from', (I, args, site) => new Native(RWLOCK, { I, slot: [args[0]], ty: contentsTy(site.ty, 'RwLock'), state: 0, holder: '', poisoned: false, rw: true } satisfies LockData));
defineNativeDefault(MUTEX, (I, d: LockData) => new Native(MUTEX, { I, slot: [defaultLike(I, d.slot[0])], ty: d.ty, state: 0, holder: '', poisoned: false, rw: false }));
defineNativeDefault(RWLOCK, (I, d: LockData) => new Native(RWLOCK, { I, slot: [defaultLike(I, d.slot[0])], ty: d.ty, state: 0, holder: '', poisoned: false, rw: true }));

const shared = (cls: NativeClass) => ({
  into_inner: method('value', (I, self) => {
    const l = lockOf(I, self, cls, 'into_inner');
    if (l.poisoned) return I.unsupported('`into_inner` of a poisoned lock');
    return ok(l.slot[0]);
  }),
  get_mut: method('mut', (I, self) => {
    const l = lockOf(I, self, cls, 'get_mut');
    if (l.poisoned) return I.unsupported('`get_mut` of a poisoned lock');
    return ok(new Ref(l.slot, 0, true, I.recv ? I.recv.root : null));
  }),
  is_poisoned: method('ref', (I, self) => lockOf(I, self, cls, 'is_poisoned').poisoned),
  clear_poison: method('ref', (I, self) => {
    lockOf(I, self, cls, 'clear_poison').poisoned = false;
    return UNIT;
  }),
});

defineMethods('Mutex', {
  lock: method('ref', (I, self) => {
    const l = lockOf(I, self, MUTEX, 'lock');
    if (l.state !== 0) blocked(I, l, 'lock');
    return lockResult(newGuard(I, l, 'mutex'), l);
  }),
  try_lock: method('ref', (I, self) => {
    const l = lockOf(I, self, MUTEX, 'try_lock');
    if (l.state !== 0) return err(new Native(WOULD_BLOCK, {}));
    return lockResult(newGuard(I, l, 'mutex'), l);
  }),
  ...shared(MUTEX),
});

defineMethods('RwLock', {
  read: method('ref', (I, self) => {
    const l = lockOf(I, self, RWLOCK, 'read');
    if (l.state < 0) blocked(I, l, 'read');
    return lockResult(newGuard(I, l, 'read'), l);
  }),
  write: method('ref', (I, self) => {
    const l = lockOf(I, self, RWLOCK, 'write');
    if (l.state !== 0) blocked(I, l, 'write');
    return lockResult(newGuard(I, l, 'write'), l);
  }),
  try_read: method('ref', (I, self) => {
    const l = lockOf(I, self, RWLOCK, 'try_read');
    if (l.state < 0) return err(new Native(WOULD_BLOCK, {}));
    return lockResult(newGuard(I, l, 'read'), l);
  }),
  try_write: method('ref', (I, self) => {
    const l = lockOf(I, self, RWLOCK, 'try_write');
    if (l.state !== 0) return err(new Native(WOULD_BLOCK, {}));
    return lockResult(newGuard(I, l, 'write'), l);
  }),
  ...shared(RWLOCK),
});

// ------------------------------------------------------------------------------ poisoning

/** `PoisonError<Guard>`: the lock was taken all the same; `into_inner` hands the guard over. */
const POISON_ERROR: NativeClass = {
  name: 'PoisonError',
  typeName: (g: Native) => `PoisonError<${g.cls.typeName(g.data)}>`,
  needsDrop: (g: Native) => !!g.cls.needsDrop?.(g.data),
  drop: (g: Native, path: string, reason?: import('../../../../../protocol/trace').DropReason) => g.cls.drop?.(g.data, path, reason),
  debug: () => 'PoisonError { .. }',
  display: () => 'poisoned lock: another task failed inside',
  summary: () => 'PoisonError { .. }',
};

function poisonGuard(I: Interp, self: Value): Native {
  let v = self;
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  if (v instanceof Native && v.cls === POISON_ERROR) return v.data as Native;
  return I.unsupported(`\`PoisonError\` method on \`${I.typeName(v)}\``);
}

defineMethods('PoisonError', {
  into_inner: method('value', (I, self) => poisonGuard(I, self)),
  get_ref: method('ref', (I, self) => new Ref([poisonGuard(I, self)], 0, false, null)),
  get_mut: method('mut', (I, self) => new Ref([poisonGuard(I, self)], 0, true, null)),
});

// ------------------------------------------------------------------------------ atomics

interface AtomicData {
  I: Interp;
  v: Int | boolean;
}

const ATOMIC: NativeClass = {
  name: 'Atomic',
  typeName: (d: AtomicData) => (typeof d.v === 'boolean' ? 'AtomicBool' : `Atomic${d.v.ty.name[0]!.toUpperCase()}${d.v.ty.name.slice(1)}`),
  debug: (d: AtomicData, item) => item(d.v),
  summary: (d: AtomicData) => String(typeof d.v === 'boolean' ? d.v : d.v.v),
};

const ORDERING: NativeClass = { name: 'atomic::Ordering', typeName: () => 'Ordering', copy: true, debug: (d: string) => d };

for (const o of ['Relaxed', 'Release', 'Acquire', 'AcqRel', 'SeqCst']) {
  const v = new Native(ORDERING, o);
  defineConst(`atomic::Ordering::${o}`, () => v);
}

const ATOMIC_INTS: Record<string, string> = nameTable({
  AtomicUsize: 'usize', AtomicIsize: 'isize', AtomicU8: 'u8', AtomicI8: 'i8', AtomicU16: 'u16', AtomicI16: 'i16',
  AtomicU32: 'u32', AtomicI32: 'i32', AtomicU64: 'u64', AtomicI64: 'i64',
});

function atomicOf(I: Interp, v: Value, what: string): AtomicData {
  for (let i = 0; i < 12; i++) {
    if (v instanceof Native && v.cls === ATOMIC) return v.data as AtomicData;
    if (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
    else if (v instanceof Native && v.cls.deref) v = v.cls.deref(v.data).get();
    else break;
  }
  return I.unsupported(`\`${what}\` on \`${I.typeName(v)}\``);
}

function retype(d: AtomicData, x: Value): Int | boolean {
  if (typeof x === 'boolean') return x;
  const i = x as Int;
  return typeof d.v === 'boolean' ? i : normInt(d.v.ty, big(i));
}

/** Atomic read-modify-write operations wrap on overflow (they never panic). */
function rmw(I: Interp, self: Value, what: string, f: (old: bigint, arg: bigint) => bigint, arg: Value): Value {
  const d = atomicOf(I, self, what);
  const old = d.v as Int;
  d.v = normInt(old.ty, wrap(old.ty, f(big(old), big(arg as Int))));
  return old;
}

for (const [name, ty] of Object.entries(ATOMIC_INTS)) {
  definePath(`${name}::new`, (I, args) => {
    const a = args[0] as Int;
    return new Native(ATOMIC, { I, v: normInt(INT_TYPES[ty]!, big(a)) } satisfies AtomicData);
  });
}
definePath('AtomicBool::new', (I, args) => new Native(ATOMIC, { I, v: args[0] as boolean } satisfies AtomicData));

defineMethods('Atomic', {
  load: method('ref', (I, self) => atomicOf(I, self, 'load').v),
  store: method('ref', (I, self, args) => {
    const d = atomicOf(I, self, 'store');
    d.v = retype(d, args[0]);
    return UNIT;
  }),
  swap: method('ref', (I, self, args) => {
    const d = atomicOf(I, self, 'swap');
    const old = d.v;
    d.v = retype(d, args[0]);
    return old;
  }),
  compare_exchange: method('ref', (I, self, args) => {
    const d = atomicOf(I, self, 'compare_exchange');
    const old = d.v;
    if (eqValues(I, old, args[0])) {
      d.v = retype(d, args[1]);
      return ok(old);
    }
    return err(old);
  }),
  fetch_add: method('ref', (I, self, args) => rmw(I, self, 'fetch_add', (a, b) => a + b, args[0])),
  fetch_sub: method('ref', (I, self, args) => rmw(I, self, 'fetch_sub', (a, b) => a - b, args[0])),
  fetch_max: method('ref', (I, self, args) => rmw(I, self, 'fetch_max', (a, b) => (a > b ? a : b), args[0])),
  fetch_min: method('ref', (I, self, args) => rmw(I, self, 'fetch_min', (a, b) => (a < b ? a : b), args[0])),
  fetch_and: method('ref', (I, self, args) => bitOp(I, self, 'fetch_and', args[0], (a, b) => a && b)),
  fetch_or: method('ref', (I, self, args) => bitOp(I, self, 'fetch_or', args[0], (a, b) => a || b)),
  fetch_xor: method('ref', (I, self, args) => bitOp(I, self, 'fetch_xor', args[0], (a, b) => a !== b)),
  into_inner: method('value', (I, self) => atomicOf(I, self, 'into_inner').v),
  get_mut: method('mut', (I, self) => {
    const d = atomicOf(I, self, 'get_mut');
    const slot: Value[] = [d.v];
    return new Ref(new Proxy(slot, {
      set(t, k, val) {
        (t as unknown as Record<string | symbol, unknown>)[k] = val;
        if (k === '0') d.v = val as Int | boolean;
        return true;
      },
    }), 0, true, null);
  }),
});

function bitOp(I: Interp, self: Value, what: string, arg: Value, boolOp: (a: boolean, b: boolean) => boolean): Value {
  const d = atomicOf(I, self, what);
  const old = d.v;
  if (typeof old === 'boolean') {
    d.v = boolOp(old, arg as boolean);
    return old;
  }
  const a = big(old);
  const b = big(arg as Int);
  const r = what === 'fetch_and' ? a & b : what === 'fetch_or' ? a | b : a ^ b;
  d.v = normInt(old.ty, wrap(old.ty, r));
  return old;
}

