// `std::io::stdout()`/`stderr()` handles: `write!`/`writeln!` to them print, `flush` succeeds
// (the simulated streams are never buffered). Reading (`stdin`) is out of scope.
import type { Interp } from '../interp/interp';
import { Native, UNIT, type NativeClass, type Value } from '../values';
import { ok } from './builtins';
import { defineMethods, definePath, method } from './registry';
import { strOf } from './string';

export interface StreamData {
  stream: 'stdout' | 'stderr';
}

export const STREAM: NativeClass = {
  name: 'Stream',
  typeName: (d: StreamData) => (d.stream === 'stdout' ? 'Stdout' : 'Stderr'),
  copy: false,
  clone: (d: StreamData) => ({ ...d }),
  summary: (d: StreamData) => (d.stream === 'stdout' ? 'Stdout { .. }' : 'Stderr { .. }'),
};

/** Writes through a stream handle, for `write!`/`writeln!`. */
export function streamOf(v: Value): StreamData | null {
  return v instanceof Native && v.cls === STREAM ? (v.data as StreamData) : null;
}

definePath('io::stdout', () => new Native(STREAM, { stream: 'stdout' }));
definePath('io::stderr', () => new Native(STREAM, { stream: 'stderr' }));

function data(v: Value): StreamData {
  return (v as Native).data as StreamData;
}

defineMethods('Stream', {
  flush: method('mut', () => ok(UNIT)),
  lock: method('ref', (_I, self) => new Native(STREAM, { ...data(self) })),
  write_all: method('mut', (I: Interp, self, [buf]) => {
    I.write(data(self).stream, strOf(I, buf));
    return ok(UNIT);
  }),
});
