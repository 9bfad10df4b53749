/**
 * The trace of one simulated run: what the Memory Inspector replays, what `rustmem trace --json`
 * prints, and what hovers and diagnostics read their facts from.
 *
 * Direction: produced by the engine (server side), consumed by the CLI, the client and the webview.
 * It is plain data (the steps a `StepTable` of typed arrays and arrays, no Maps) so it crosses a
 * worker boundary by structured clone (`reviveTrace` on the receiving side); what leaves the
 * process (`rustmem trace --json`, the `rustMemory/trace` response, the panel's messages, replay
 * pages) carries the steps as columns instead (traceColumns.ts).
 *
 * Conventions: every `line`/`column` here is 1-based (as an editor shows it). Memory state is not
 * stored per step: a full `MemoryState` is kept at checkpoints and each step carries only the
 * `StateDelta`s it caused, so a million-step run stays small. `replayState` (replay.ts) rebuilds
 * the state at any step. Everything is flat and linked by ids, because heaps alias and cycle.
 */

import type { FnPermissions } from './permissions';
import type { StepTable } from './stepTable';

/** 2: the wire columns carry a heap block's repeated record as integers and its pointers as edits. */
export const TRACE_VERSION = 2;

export interface Trace {
  version: typeof TRACE_VERSION;
  /** The file that was simulated, as given to the engine. */
  file: string;
  /** The function the run started from (`main` unless `// @mem entry` says otherwise). */
  entry: string;
  /** One `Step` per source position the run passed through, kept as columns (stepTable.ts). */
  steps: StepTable;
  /** Everything the program printed, in order, with the step that printed it. */
  output: OutputChunk[];
  /** Heap blocks still allocated when the program ended. */
  leaks: Leak[];
  /** How the run ended. */
  end: RunEnd;
  threads: ThreadInfo[];
  /** Full states at some steps; `replayState` starts from the nearest one. Sorted by `step`. */
  checkpoints: Checkpoint[];
  /** `// @mem snapshot` points, in source order, with the first step at their line. */
  snapshots: Snapshot[];
  /** The borrow checker's permissions of each function's variables by line, where a host adds them (permissions.ts). */
  permissions?: FnPermissions[];
  /**
   * Set when the run was asked for although rustc's borrow checker rejects the program
   * (`--as-if-accepted`): rustc's first borrow error. What follows is what that rule prevents.
   */
  asIfAccepted?: AsIfAccepted;
}

/** The borrow error a run "as if accepted" went past (1-based position). */
export interface AsIfAccepted {
  code: string;
  message: string;
  line: number;
  column: number;
}

/** One source position the program passed through, and what happened there. */
export interface Step {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  thread: number;
  /** Depth of the frame stack of `thread` at this step (1 = the thread's first frame). */
  depth: number;
  events: TraceEvent[];
  /** How the memory state changed while this step ran. */
  deltas: StateDelta[];
}

export type TraceEvent =
  | { kind: 'call'; fn: string; frame: number; size: number }
  | { kind: 'return'; fn: string; frame: number }
  | { kind: 'move'; what: string; to: string }
  | { kind: 'copy'; what: string; to: string }
  | { kind: 'borrow'; what: string; mutable: boolean }
  | { kind: 'drop'; what: string; type: string; reason: DropReason; detail: string }
  | { kind: 'alloc'; block: number; type: string; size: number }
  /**
   * A buffer grew or shrank: a new block of `size` bytes, its `moved` elements (bytes of a
   * `String`) moved over from the old block of `fromCapacity`, which is freed. The block keeps its id.
   */
  | { kind: 'realloc'; block: number; fromCapacity: number; toCapacity: number; size: number; moved?: number }
  | { kind: 'free'; block: number }
  | { kind: 'rc'; block: number; strong: number; weak: number }
  | { kind: 'output'; stream: 'stdout' | 'stderr'; text: string }
  | { kind: 'panic'; message: string; thread: string; notes?: PanicNote[] }
  | { kind: 'spawn'; thread: number; name: string; stackBudget: number }
  /**
   * Only in a run as if accepted: what `what` points to died while it still points there (`to`
   * says what it was, in words); freed heap memory stays drawn as block `block` (marked `freed`).
   */
  | { kind: 'dangling'; what: string; to: string; block?: number }
  /** Only in a run as if accepted: what the borrow checker prevents happened here (see `RunEnd` 'ub'). */
  | { kind: 'ub'; message: string };

/** Why a value was dropped: the rule of Rust's drop order that applied. */
export type DropReason =
  /** A local at the end of its scope (reverse declaration order). */
  | 'scope-end'
  /** A temporary at the end of its full statement (or of its `match`/`if let`). */
  | 'temporary'
  /** The old value of a place that was assigned a new one. */
  | 'assign'
  /** `drop(x)`, `mem::replace`/`take` results discarded, and similar explicit calls. */
  | 'explicit'
  /** `let _ = expr`: the value is not bound and drops at once. */
  | 'unbound'
  /** A field, element or pointee dropped as part of dropping its owner. */
  | 'owner'
  /** The last strong `Rc`/`Arc` went away. */
  | 'last-strong'
  /** A panic unwound through the frame that owned the value. */
  | 'unwind';

export interface OutputChunk {
  step: number;
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface Leak {
  block: number;
  type: string;
  size: number;
  /** The line that allocated the block. */
  line: number;
  /** When the block is part of an `Rc`/`Arc` cycle: the blocks around it, starting from this one. */
  cycle?: CycleEdge[];
}

/** One strong edge of a reference cycle: block `from` owns a strong pointer to block `to`, made at `line`. */
export interface CycleEdge {
  from: number;
  to: number;
  /** The binding or field path that holds the pointer, for messages (`a.next`). */
  via: string;
  line: number;
}

/**
 * A place that explains a panic its message does not name (1-based): for `already borrowed`, the
 * `Ref`/`RefMut` still alive that the new borrow conflicted with.
 */
export interface PanicNote {
  line: number;
  column: number;
  message: string;
}

export type RunEnd =
  | { kind: 'exit'; status: 0 }
  | { kind: 'panic'; status: 101; message: string; line: number; column: number; thread: string; notes?: PanicNote[] }
  | { kind: 'overflow'; status: 134; thread: string; line: number; column: number; frameSize: number; depth: number; budget: number }
  | { kind: 'unsupported'; status: 2; what: string; line: number; column: number }
  /**
   * Not run: rustc rejects the program (`code` is rustc's, e.g. `E0425`; `message` in rustc's
   * words). `borrowck`: only the borrow checker rejects it, so it can be run as if accepted.
   */
  | { kind: 'rejected'; status: 2; code: string; message: string; line: number; column: number; borrowck?: true }
  /**
   * Only in a run as if accepted: undefined behaviour (a read of freed memory, a double free, a
   * data race); the run stops there, as Miri would, since what the program does next is not defined.
   */
  | { kind: 'ub'; status: typeof UB_STATUS; message: string; line: number; column: number }
  /** A budget of the simulation ran out: steps (`by` absent), wall time in ms, or live heap bytes. */
  | { kind: 'step-limit'; status: 2; limit: number; by?: 'time' | 'heap'; line: number; column: number };

/** The exit status of a run as if accepted that reached undefined behaviour. */
export const UB_STATUS = 4;

/**
 * How rustc heads a rejected program's error: `error[E0499]` for a coded error, a bare `error` for
 * one rustc gives no code (the engine names those, e.g. `lifetime-may-not-live-long-enough`).
 */
export function rustcErrorHead(code: string): string {
  return /^E\d{4}$/.test(code) ? `error[${code}]` : 'error';
}

/** How a `step-limit` end reads after "stopped": "after 200,000 steps", "after 2 s", "at 256 MiB of heap". */
export function limitText(end: { limit: number; by?: 'time' | 'heap' }): string {
  if (end.by === 'time') return end.limit % 1000 === 0 ? `after ${end.limit / 1000} s` : `after ${end.limit.toLocaleString('en-US')} ms`;
  if (end.by === 'heap') {
    const mib = end.limit / (1024 * 1024);
    return Number.isInteger(mib) ? `at ${mib.toLocaleString('en-US')} MiB of heap` : `at ${end.limit.toLocaleString('en-US')} bytes of heap`;
  }
  return `after ${end.limit.toLocaleString('en-US')} steps`;
}

export interface ThreadInfo {
  id: number;
  name: string;
  /** Bytes of stack this thread may use: 8 MiB for main, 2 MiB for spawned threads, or `stack_size`. */
  stackBudget: number;
}

export interface Snapshot {
  label: string;
  line: number;
  step: number;
}

export interface Checkpoint {
  step: number;
  /** The state before the deltas of `step` are applied. */
  state: MemoryState;
}

/** Everything the panel draws at one step. */
export interface MemoryState {
  frames: FrameState[];
  blocks: HeapBlockState[];
}

export interface FrameState {
  id: number;
  thread: number;
  fn: string;
  /** The line of the call that pushed this frame (0 for a thread's first frame). */
  callLine: number;
  /** Bytes of stack this frame takes (locals, parameters, return address and saved registers). */
  size: number;
  /** How `size` is made up, when the frame model knows. */
  parts?: FrameParts;
  vars: VarState[];
}

/**
 * What a frame's bytes hold in the MIR frame model (they sum to the frame's `size`): the
 * parameters, the named locals, the temporaries (a landing pad's slot counts as one), the spill
 * slots, the fat pointers' metadata words (wherever the pointer sits), the return address, and the
 * padding that keeps calls 16-byte aligned.
 */
export interface FrameParts {
  params: number;
  locals: number;
  temps: number;
  /** Slots the register allocator spills values live across blocks to. */
  spills: number;
  /** The second word of fat pointers (`&[T]`, `&str`, `&dyn Trait`): a length or a vtable. */
  metadata: number;
  /** Return address and saved registers. */
  linkage: number;
  padding: number;
}

/** A variable's `size` when its type cannot be sized (a closure): shown as unknown, never guessed. */
export const UNKNOWN_SIZE = -1;

export interface VarState {
  /** Unique within the trace. */
  id: number;
  name: string;
  type: string;
  /** Bytes of its type, the type checker's, or `UNKNOWN_SIZE`. */
  size: number;
  /** What the value reads as, in the style of `{:?}`, shortened. */
  value: string;
  /** Set when the value was moved out: where it went, in words, and the line. */
  moved?: { to: string; line: number };
  /** Pointers held by this variable (references, `Box`, `Vec` buffers, `Rc`s …). */
  points: Pointer[];
}

export interface Pointer {
  /** What the pointer leads to. */
  /** `index`: the pointer leads to one element of a `Vec`/`VecDeque` buffer (`&words[0]`). */
  /**
   * `cell`: a guard (`Ref`, `RefMut`, `MutexGuard`, an `RwLock` guard) leads to the value inside the
   * `RefCell`/`Mutex`/`RwLock` at this field path of the target's value (`""`: the value itself).
   */
  target: { kind: 'block'; id: number; index?: number; cell?: string } | { kind: 'var'; id: number; cell?: string };
  kind: 'ref' | 'mut-ref' | 'owner' | 'strong' | 'weak' | 'raw';
  /** The pointer leads to freed memory (only in a run as if accepted). */
  dangling?: true;
  /** The field path inside the value that holds this pointer (`""` for the value itself, `next`, `0`). */
  via: string;
}

export interface HeapBlockState {
  id: number;
  type: string;
  /** Bytes allocated. */
  size: number;
  /** The line that allocated it. */
  line: number;
  value: string;
  /** For `Vec`/`String`/`VecDeque` buffers: used length and capacity, in elements. */
  len?: number;
  capacity?: number;
  /** For `Rc`/`Arc` blocks. */
  strong?: number;
  weak?: number;
  /** For a `RefCell` (anywhere in the block): the borrow state. */
  borrow?: 'unborrowed' | { shared: number } | 'mutable';
  /** For `Box<dyn Trait>`: the concrete type behind it. */
  concrete?: string;
  /** The value in it has been dropped, the allocation remains (a `Weak` keeps an `Rc` block alive). */
  dropped?: boolean;
  /** Freed memory, kept in the picture while a dangling pointer leads to it (a run as if accepted). */
  freed?: true;
  points: Pointer[];
}

export type StateDelta =
  | { op: 'push-frame'; frame: FrameState }
  | { op: 'pop-frame'; frame: number }
  /** Adds or replaces a variable of a frame (matched by `var.id`). */
  | { op: 'set-var'; frame: number; var: VarState }
  | { op: 'remove-var'; frame: number; var: number }
  /** Adds or replaces a heap block (matched by `block.id`). */
  | { op: 'set-block'; block: HeapBlockState }
  | { op: 'free-block'; block: number };
