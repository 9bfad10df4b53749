// `std::time::Duration`, for `thread::sleep` and its printing. Sleeping takes no simulated time:
// the scheduling rule (thread.ts) already orders threads, and elapsed time is not simulated, so
// `Instant` (whose readings differ on every run) is reported as unsupported.
import type { Interp } from '../interp/interp';
import { CapRef, Float, INT_TYPES, Int, Native, Ref, normInt, big, type NativeClass, type Value } from '../values';
import { defineConst, defineMethods, definePath, method } from './registry';

const NANOS_PER_SEC = 1_000_000_000n;

interface DurationData {
  /** Whole nanoseconds. */
  nanos: bigint;
}

/** core's `Debug` for Duration: the largest unit that is at least 1, with the exact decimal fraction. */
function debugDuration(d: DurationData): string {
  const secs = d.nanos / NANOS_PER_SEC;
  const sub = d.nanos % NANOS_PER_SEC;
  const show = (whole: bigint, frac: bigint, fracDigits: number, unit: string): string => {
    const f = frac.toString().padStart(fracDigits, '0').replace(/0+$/, '');
    return `${whole}${f ? '.' + f : ''}${unit}`;
  };
  if (secs > 0n) return show(secs, sub, 9, 's');
  if (sub >= 1_000_000n) return show(sub / 1_000_000n, sub % 1_000_000n, 6, 'ms');
  if (sub >= 1_000n) return show(sub / 1_000n, sub % 1_000n, 3, 'µs');
  return `${sub}ns`;
}

const DURATION: NativeClass = {
  name: 'Duration',
  typeName: () => 'Duration',
  copy: true,
  clone: (d: DurationData) => ({ nanos: d.nanos }),
  debug: (d: DurationData) => debugDuration(d),
  summary: (d: DurationData) => debugDuration(d),
  eq: (a: DurationData, b: DurationData) => a.nanos === b.nanos,
  cmp: (a: DurationData, b: DurationData) => (a.nanos < b.nanos ? -1 : a.nanos > b.nanos ? 1 : 0),
};

export function duration(nanos: bigint): Native {
  return new Native(DURATION, { nanos } satisfies DurationData);
}

function nanosOf(I: Interp, v: Value): bigint {
  while (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
  if (v instanceof Native && v.cls === DURATION) return (v.data as DurationData).nanos;
  return I.unsupported(`a \`Duration\` method on \`${I.typeName(v)}\``);
}

for (const [name, scale] of [['from_secs', NANOS_PER_SEC], ['from_millis', 1_000_000n], ['from_micros', 1_000n], ['from_nanos', 1n]] as const) {
  definePath(`Duration::${name}`, (_I, args) => duration(big(args[0] as Int) * scale));
}
definePath('Duration::new', (_I, args) => duration(big(args[0] as Int) * NANOS_PER_SEC + big(args[1] as Int)));
defineConst('Duration::ZERO', () => duration(0n));
definePath('Instant::now', (I) => I.unsupported('`Instant::now` (elapsed time is not simulated)'));

const U64 = INT_TYPES.u64!;
const U128 = INT_TYPES.u128!;
const U32 = INT_TYPES.u32!;

defineMethods('Duration', {
  as_secs: method('ref', (I, self) => normInt(U64, nanosOf(I, self) / NANOS_PER_SEC)),
  as_millis: method('ref', (I, self) => normInt(U128, nanosOf(I, self) / 1_000_000n)),
  as_micros: method('ref', (I, self) => normInt(U128, nanosOf(I, self) / 1_000n)),
  as_nanos: method('ref', (I, self) => normInt(U128, nanosOf(I, self))),
  subsec_millis: method('ref', (I, self) => normInt(U32, (nanosOf(I, self) % NANOS_PER_SEC) / 1_000_000n)),
  subsec_nanos: method('ref', (I, self) => normInt(U32, nanosOf(I, self) % NANOS_PER_SEC)),
  as_secs_f64: method('ref', (I, self) => new Float('f64', Number(nanosOf(I, self)) / 1e9)),
  is_zero: method('ref', (I, self) => nanosOf(I, self) === 0n),
});
