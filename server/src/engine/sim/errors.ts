/**
 * How a simulated run stops early. `Unsupported` and `StepLimit` are the simulator's honest
 * "cannot say" (exit 2); `RustPanic` unwinds the simulated program (its destructors run);
 * `StackOverflow` aborts it like the real process (no destructors). Control flow inside the
 * program (`break`, `continue`, `return`, `?`) uses the signal classes below, which are not Errors
 * so throwing them captures no JS stack.
 */
import type { Span } from './ir';
import type { Value } from './values';
import type { PanicNote } from '../../../../protocol/trace';

export class Unsupported extends Error {
  constructor(readonly what: string, readonly span: Span | null) {
    super(what);
  }
}

/** rustc rejects the program (the front end found the error): it is not run. */
export class Rejected extends Error {
  constructor(readonly code: string, message: string, readonly line: number, readonly column: number, readonly borrowck = false) {
    super(message);
  }
}

/** What a run's budget counts: steps, wall-clock milliseconds, or bytes of live heap. */
export type LimitKind = 'steps' | 'time' | 'heap';

/** The run used up one of its budgets (`limit` in that budget's unit). */
export class StepLimit extends Error {
  constructor(readonly by: LimitKind, readonly limit: number, readonly span: Span) {
    super(`${by} limit ${limit}`);
  }
}

export class StackOverflow extends Error {
  /** The thread whose stack overflowed, as std names it (`main`, a builder's name, `<unknown>`); unset = main. */
  thread?: string;
  constructor(readonly span: Span, readonly frameSize: number, readonly depth: number, readonly budget: number) {
    super('stack overflow');
  }
}

/** A Rust panic unwinding the stack. */
export class RustPanic {
  /** The panic message has been written to stderr (it is, before anything unwinds). */
  reported = false;
  /** The payload `join` hands back: `&'static str` for a constant message, `String` for a formatted one. */
  payload?: 'str' | 'String';
  /** The `String` std formatted the message into (std/panicMessage.ts), while it is still owned by the panic. */
  messageString?: import('./values').StringV;
  constructor(readonly message: string, readonly span: Span, readonly notes?: PanicNote[]) {}
}

export class BreakSignal {
  constructor(readonly id: number, readonly value: Value) {}
}

export class ContinueSignal {
  constructor(readonly id: number) {}
}

export class ReturnSignal {
  constructor(readonly value: Value) {}
}

/** Whether an exception is one that runs no destructors on its way out. */
export function isAbort(e: unknown): boolean {
  return e instanceof Unsupported || e instanceof StepLimit || e instanceof StackOverflow || e instanceof Error;
}
