// `std::sync::mpsc`: `channel`, `sync_channel`, `Sender`/`SyncSender` and `Receiver`. With threads
// running to completion at spawn (thread.ts), a producer thread has sent everything, and dropped
// its sender, before the spawner receives — which is what a properly synchronised program's output
// shows. Receiving from an empty channel whose senders are still alive would wait for a thread
// that cannot run any more, and sending into a full bounded channel would wait for a receiver that
// has not run yet: both are reported as unsupported. Dropping the receiver drops the messages still
// queued, as std's channel does.
import type { Interp } from '../interp/interp';
import { CapRef, END, Native, Ref, Tuple, UNIT, Int, num, type NativeClass, type Value } from '../values';
import { err, ok } from './builtins';
import { makeIter } from './iter';
import { defineConst, defineMethods, definePath, method } from './registry';

interface Channel {
  I: Interp;
  queue: Value[];
  senders: number;
  receiver: boolean;
  /** `sync_channel` capacity; null for an unbounded `channel`. */
  bound: number | null;
}

interface EndData {
  ch: Channel;
  dropped: boolean;
}

function endClass(name: 'Sender' | 'SyncSender' | 'Receiver'): NativeClass {
  const receiver = name === 'Receiver';
  return {
    name: `mpsc::${name}`,
    typeName: () => name,
    needsDrop: (d: EndData) => !d.dropped,
    drop: (d: EndData) => {
      if (d.dropped) return;
      d.dropped = true;
      if (!receiver) {
        d.ch.senders--;
        return;
      }
      d.ch.receiver = false;
      const left = d.ch.queue.splice(0);
      for (const v of left) d.ch.I.drop(v, 'owner', 'queued message', 'the receiver was dropped');
    },
    clone: receiver
      ? undefined
      : (d: EndData): EndData => {
          d.ch.senders++;
          return { ch: d.ch, dropped: false };
        },
    debug: () => `${name} { .. }`,
    summary: (d: EndData) => `${name} (${d.ch.queue.length} queued)`,
    intoIter: receiver ? (d: EndData) => receiveIter(d.ch, 'IntoIter') : undefined,
  } as NativeClass;
}

const SENDER = endClass('Sender');
const SYNC_SENDER = endClass('SyncSender');
const RECEIVER = endClass('Receiver');

function open(I: Interp, bound: number | null, sender: NativeClass): Value {
  const ch: Channel = { I, queue: [], senders: 1, receiver: true, bound };
  return new Tuple([new Native(sender, { ch, dropped: false } satisfies EndData), new Native(RECEIVER, { ch, dropped: false } satisfies EndData)]);
}

definePath('mpsc::channel', (I) => open(I, null, SENDER));
definePath('mpsc::sync_channel', (I, args) => open(I, num(args[0] as Int), SYNC_SENDER));

function chan(I: Interp, v: Value, what: string): Channel {
  for (let i = 0; i < 12; i++) {
    if (v instanceof Native && (v.cls === SENDER || v.cls === SYNC_SENDER || v.cls === RECEIVER)) return (v.data as EndData).ch;
    if (v instanceof Ref || v instanceof CapRef) v = v.arr[v.idx];
    else break;
  }
  return I.unsupported(`\`${what}\` on \`${I.typeName(v)}\``);
}

// ------------------------------------------------------------------------------ errors

/** `SendError(T)` / `TrySendError`: the unsent message is its field `.0`. */
function carrying(name: string, debugText: string, display: string): NativeClass {
  return {
    name,
    typeName: () => name,
    needsDrop: () => true,
    drop: (d: { t: Tuple; I: Interp }) => d.I.drop(d.t.items[0], 'owner', 'unsent message'),
    deref: (d: { t: Tuple }) => new Ref([d.t], 0, false, null),
    debug: () => debugText,
    display: () => display,
  };
}

const SEND_ERROR = carrying('SendError', 'SendError { .. }', 'sending on a closed channel');
const TRY_SEND_FULL = carrying('TrySendError', 'TrySendError::Full(..)', 'sending on a full channel');
const TRY_SEND_CLOSED = carrying('TrySendError', 'TrySendError::Disconnected(..)', 'sending on a closed channel');

function unit(name: string, debugText: string, display: string): Native {
  return new Native({ name, typeName: () => name, copy: true, debug: () => debugText, display: () => display, eq: (a: string, b: string) => a === b }, debugText);
}

const RECV_ERROR = unit('RecvError', 'RecvError', 'receiving on a closed channel');
const EMPTY = unit('TryRecvError', 'Empty', 'receiving on an empty channel');
const DISCONNECTED = unit('TryRecvError', 'Disconnected', 'receiving on a closed channel');
defineConst('mpsc::RecvError', () => RECV_ERROR);
defineConst('mpsc::TryRecvError::Empty', () => EMPTY);
defineConst('mpsc::TryRecvError::Disconnected', () => DISCONNECTED);

for (const cls of [SEND_ERROR, TRY_SEND_FULL]) {
  defineMethods(cls.name, {
    into_inner: method('value', (_I, self) => ((self as Native).data as { t: Tuple }).t.items[0]),
  });
}

// ------------------------------------------------------------------------------ sending

function send(I: Interp, self: Value, v: Value, trying: boolean): Value {
  const ch = chan(I, self, 'send');
  if (!ch.receiver) return err(new Native(trying ? TRY_SEND_CLOSED : SEND_ERROR, { t: new Tuple([v]), I }));
  if (ch.bound !== null && ch.queue.length >= ch.bound) {
    if (trying) return err(new Native(TRY_SEND_FULL, { t: new Tuple([v]), I }));
    return I.unsupported('`send` on a full `sync_channel` (it waits for a receiver; threads run one at a time, each to completion)');
  }
  ch.queue.push(v);
  return ok(UNIT);
}

const senderMethods = {
  send: method('ref', (I, self, args) => send(I, self, args[0], false)),
};
defineMethods('mpsc::Sender', senderMethods);
defineMethods('mpsc::SyncSender', { ...senderMethods, try_send: method('ref', (I, self, args) => send(I, self, args[0], true)) });

// ------------------------------------------------------------------------------ receiving

/** The next message, or END once every sender is gone; waiting for a live sender is unsupported. */
function receive(I: Interp, ch: Channel): Value | typeof END {
  if (ch.queue.length) return ch.queue.shift()!;
  if (ch.senders === 0) return END;
  return I.unsupported('`recv` on an empty channel whose sender is still alive (the real program waits; no other thread can run any more)');
}

function receiveIter(ch: Channel, name: string): Native {
  return makeIter(ch.I, name, { next: () => receive(ch.I, ch) });
}

defineMethods('mpsc::Receiver', {
  recv: method('ref', (I, self) => {
    const x = receive(I, chan(I, self, 'recv'));
    return x === END ? err(RECV_ERROR) : ok(x);
  }),
  try_recv: method('ref', (I, self) => {
    const ch = chan(I, self, 'try_recv');
    if (ch.queue.length) return ok(ch.queue.shift()!);
    return err(ch.senders === 0 ? DISCONNECTED : EMPTY);
  }),
  recv_timeout: method('ref', (I) => I.unsupported('`recv_timeout` (its result depends on timing)')),
  iter: method('ref', (I, self) => receiveIter(chan(I, self, 'iter'), 'Iter')),
  try_iter: method('ref', (I, self) => {
    const ch = chan(I, self, 'try_iter');
    return makeIter(I, 'TryIter', { next: () => (ch.queue.length ? ch.queue.shift()! : END) });
  }),
  into_iter: method('value', (I, self) => receiveIter(chan(I, self, 'into_iter'), 'IntoIter')),
});
