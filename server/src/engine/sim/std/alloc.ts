// Fallible allocation and deliberate leaks: `Vec::try_reserve`/`String::try_reserve` (and the
// `_exact` forms) with std's capacity rules and `TryReserveError`; `Box::leak`. A capacity whose
// byte size exceeds `isize::MAX` is std's `CapacityOverflow` error, decided without allocating; a
// request the machine's allocator would have to refuse depends on that machine and is reported
// instead of guessed.
import type { Interp } from '../interp/interp';
import { BoxV, Int, Native, Ref, Str, StringV, UNIT, VecV, big, type NativeClass, type Value } from '../values';
import { err, ok } from './builtins';
import { defineMethods, definePath, method, type Site } from './registry';
import { elemSize, minNonZeroCap } from './vec';

const ISIZE_MAX = (1n << 63n) - 1n;
const USIZE_MAX = (1n << 64n) - 1n;
/** Larger requests than this would reach the allocator with a size no real machine provides. */
const MACHINE_LIMIT = 1n << 40n;

const TRY_RESERVE_PIECES = ['memory allocation failed', " because the computed capacity exceeded the collection's maximum"];

const TRY_RESERVE_ERROR: NativeClass = {
  name: 'TryReserveError',
  typeName: () => 'TryReserveError',
  debug: () => 'TryReserveError { kind: CapacityOverflow }',
  display: () => TRY_RESERVE_PIECES.join(''),
  // std writes the failure, then its reason.
  displayPieces: () => TRY_RESERVE_PIECES,
  eq: () => true,
};

defineMethods('TryReserveError', {
  kind: method('ref', (I) => I.unsupported('`TryReserveError::kind` (unstable)')),
});

/**
 * RawVec's growth check: the capacity it would allocate (`len + additional`, or for the amortized
 * form max(2 × capacity, that, the minimum non-zero capacity)), in bytes; null on overflow.
 */
function requestedBytes(len: number, cap: number, additional: bigint, es: number, exact: boolean): bigint | null {
  const required = BigInt(len) + additional;
  if (required > USIZE_MAX) return null;
  if (required <= BigInt(cap)) return 0n;
  let newCap = required;
  if (!exact) {
    const doubled = BigInt(cap) * 2n;
    if (doubled > newCap) newCap = doubled;
    const min = BigInt(minNonZeroCap(es));
    if (min > newCap) newCap = min;
  }
  const bytes = newCap * BigInt(es);
  return bytes > ISIZE_MAX ? null : bytes;
}

function tryReserve(I: Interp, self: Value, args: Value[], site: Site, exact: boolean): Value {
  const additional = big(args[0] as Int);
  let len: number;
  let cap: number;
  let es: number;
  if (self instanceof VecV) {
    es = elemSize(I, self);
    len = self.block.items.length;
    cap = self.block.cap;
  } else if (self instanceof StringV) {
    es = 1;
    len = self.block.bytes;
    cap = self.block.cap;
  } else {
    return I.unsupported(`\`try_reserve\` on \`${I.typeName(self)}\``);
  }
  if (es === 0) return ok(UNIT);
  const bytes = requestedBytes(len, cap, additional, es, exact);
  if (bytes === null) return err(new Native(TRY_RESERVE_ERROR, {}));
  if (bytes > MACHINE_LIMIT) return I.unsupported(`\`try_reserve\` of ${bytes} bytes (whether the allocator grants it depends on the machine)`);
  if (bytes > 0n) I.callMethod(I.recv!, exact ? 'reserve_exact' : 'reserve', [args[0]], site);
  return ok(UNIT);
}

for (const kind of ['Vec', 'String']) {
  defineMethods(kind, {
    try_reserve: method('mut', (I, self, args, site) => tryReserve(I, self, args, site, false)),
    try_reserve_exact: method('mut', (I, self, args, site) => tryReserve(I, self, args, site, true)),
  });
}

/** `Box::leak`: the allocation stays for the rest of the program and the caller gets `&'static mut`. */
definePath('Box::leak', (I, args) => {
  const b = args[0];
  if (!(b instanceof BoxV)) return I.unsupported(`\`Box::leak\` of \`${I.typeName(b)}\``);
  const v = b.block.items[0];
  // `Box<str>` leaks as `&'static mut str`, which the simulator holds as the text itself.
  if (v instanceof Str) return v;
  return new Ref(b.block.items, 0, true, b.block);
});
