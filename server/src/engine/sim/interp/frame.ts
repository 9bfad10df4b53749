// One activation of a function or closure: its slots (parameters and locals, `undefined` once
// moved out or out of scope), the temporaries of the statement being run, and for closures the
// captured environment.
import type { BindingType } from '../lower/checkedTypes';
import type { FrameParts } from '../../../../../protocol/trace';
import type { Span } from '../ir';
import type { Frame, Value } from '../values';
import type { InstanceArgs } from '../lower/instances';

export class FrameObj implements Frame {
  readonly isFrame = true as const;
  readonly slots: Value[];
  /** Temporaries awaiting their drop, each in its own one-slot array (so it can be moved out of). */
  readonly temps: Value[][] = [];
  /** Trace variable ids by slot (set while a local is in scope and recorded). */
  varIds: number[] | null = null;
  /** For a closure: the names of the captured variables in `env` (the trace shows a thread's). */
  envNames: readonly string[] | null = null;
  /** The checker's types of the captured variables, beside `envNames`. */
  envTypes: readonly (BindingType | undefined)[] | null = null;
  /** What the frame's bytes hold (the frame model's parts), for the trace. */
  parts: FrameParts | undefined = undefined;
  /**
   * The generic arguments of the instance this frame runs, as the type checker gave them at the
   * call (lower/instances.ts); null for a body that is not generic or whose instance is not known.
   * What `T` stands for in the body (`T::new()`, `size_of::<T>()`) is the argument at `T`'s index.
   */
  instance: InstanceArgs | null = null;
  /** The names of the generic parameters `instance` gives arguments for, in its order. */
  typeParams: readonly string[] | null = null;

  constructor(
    readonly id: number,
    readonly name: string,
    nslots: number,
    readonly slotNames: readonly string[],
    readonly env: Value[] | null,
    readonly size: number,
    readonly callSpan: Span | null,
    readonly thread: number,
  ) {
    this.slots = new Array<Value>(nslots);
  }
}
