// The `String` std formats a panic message into. A panic whose message has arguments (`panic!`
// with `{}`, an index out of bounds, `expect`, `Result::unwrap`, a RefCell conflict) is formatted
// before the panic hook runs, write by write into a `String` that starts empty, so the real build
// allocates and grows that buffer right at the panic. It is the panic's payload: the runtime
// drops it once unwinding ends, `catch_unwind` hands it back inside its `Err`.
import { RustPanic } from '../errors';
import type { Span } from '../ir';
import type { Interp } from '../interp/interp';
import type { PanicNote } from '../../../../../protocol/trace';
import type { StringV } from '../values';
import type { Sink } from './fmtWrites';
import { newString, stringPushStr } from './string';
import { threadsOf } from './thread';

/** A panic whose message `write` formats (each write to the sink as core::fmt makes it). */
export function formattedPanic(I: Interp, write: (sink: Sink) => void, sp?: Span, notes?: PanicNote[]): RustPanic {
  // Spawned threads keep their payload in the join handle's packet; only main's is modelled as a block.
  if (threadsOf(I).current.id !== 0) {
    let text = '';
    write((t) => (text += t));
    return withPayload(new RustPanic(text, sp ?? I.site.sp, notes));
  }
  const s = newString(I, '', 0);
  write((t) => stringPushStr(I, s, t));
  const p = withPayload(new RustPanic(s.block.text, sp ?? I.site.sp, notes));
  p.messageString = s;
  return p;
}

function withPayload(p: RustPanic): RustPanic {
  p.payload = 'String';
  return p;
}

/** The message `String` of a panic nobody caught, dropped by the runtime after unwinding. */
export function dropPanicMessage(I: Interp, p: RustPanic): void {
  const s: StringV | undefined = p.messageString;
  if (!s) return;
  p.messageString = undefined;
  I.drop(s, 'unwind', 'panic message', 'the runtime drops the panic payload once unwinding ends');
}
