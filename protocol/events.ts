/**
 * The events of a trace step in words, with the rule that caused them: what the Memory Inspector
 * shows under the stack and heap, and what `rustmem trace` prints. Pure code shared by the webview
 * and the CLI. Sentences are segments so that names and types can be set as code.
 */
import type { DropReason, TraceEvent } from './trace';

/** Plain text, or a name or type to be shown as code. */
export type Segment = string | { code: string };

export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((s) => (typeof s === 'string' ? s : s.code)).join('');
}

/** `24 B`, `1.5 KiB`, `8 MiB`: binary units, as Rust's documentation and `ulimit` speak of stacks. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const digits = v >= 100 || Number.isInteger(v) ? 0 : 1;
  return `${v.toFixed(digits).replace(/\.0$/, '')} ${units[i]}`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const DROP_REASONS: Record<DropReason, string> = {
  'scope-end': 'end of its scope, in reverse declaration order',
  temporary: 'a temporary, at the end of its statement',
  assign: 'its place was assigned a new value',
  explicit: 'dropped explicitly',
  unbound: 'not bound to a name (let _), so it drops at once',
  owner: 'dropped with its owner',
  'last-strong': 'the last strong reference went away',
  unwind: 'a panic unwound its frame',
};

export function dropReasonText(reason: DropReason): string {
  return DROP_REASONS[reason] ?? reason;
}

/** Bytes of the block a reallocation left: the same element size at the old capacity. */
export function oldSize(e: { fromCapacity: number; toCapacity: number; size: number }): number {
  return e.toCapacity > 0 ? Math.round((e.size / e.toCapacity) * e.fromCapacity) : 0;
}

/** What a reallocation moved: bytes when an element is one byte (a `String`, a `Vec<u8>`), else elements. */
function movedText(e: { toCapacity: number; size: number; moved?: number }): string {
  const n = e.moved ?? 0;
  const unit = e.toCapacity > 0 && e.size === e.toCapacity ? 'byte' : 'element';
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** A name as code; a phrase that marks its names with backticks (`` `t` ``, `` field of `p` ``) keeps its words. */
function named(text: string): Segment[] {
  return text.includes('`') ? codeSpans(text) : [{ code: text }];
}

/** Words with `backticked` names become code segments. */
export function codeSpans(text: string): Segment[] {
  const out: Segment[] = [];
  text.split('`').forEach((part, i) => {
    if (part === '') return;
    out.push(i % 2 === 1 ? { code: part } : part);
  });
  return out;
}

export type EventTone = 'call' | 'move' | 'borrow' | 'drop' | 'alloc' | 'free' | 'output' | 'panic' | 'info';

export interface EventDescription {
  tone: EventTone;
  segments: Segment[];
}

/** A function as a learner finds it in the source: rustc's `main::{closure#0}` is the closure in `main`. */
function fnSegments(fn: string): Segment[] {
  const closure = /^(.*)::\{closure#\d+\}$/.exec(fn);
  return closure ? ['the closure in ', { code: closure[1]! }] : [{ code: fn }];
}

export function describeEvent(e: TraceEvent): EventDescription {
  switch (e.kind) {
    case 'call':
      return { tone: 'call', segments: ['call ', ...fnSegments(e.fn), `: new frame of ${formatBytes(e.size)}`] };
    case 'return':
      return { tone: 'call', segments: ['return from ', ...fnSegments(e.fn), ': its frame is popped'] };
    case 'move':
      return { tone: 'move', segments: ['move ', ...named(e.what), ' → ', ...named(e.to)] };
    case 'copy':
      return { tone: 'move', segments: ['copy ', ...named(e.what), ' → ', ...named(e.to), ' (Copy type)'] };
    case 'borrow':
      return { tone: 'borrow', segments: [e.mutable ? 'borrow mutably ' : 'borrow ', ...named(e.what)] };
    case 'drop': {
      // The simulator's detail says where and by which rule ("end of `main`, reverse declaration order").
      const why = e.detail ? codeSpans(e.detail) : [dropReasonText(e.reason)];
      const what = e.what === e.type ? named(e.what) : [...named(e.what), ' (', { code: e.type }, ')'];
      return { tone: 'drop', segments: ['drop ', ...what, ': ', ...why] };
    }
    case 'alloc':
      return { tone: 'alloc', segments: [`alloc #${e.block} `, { code: e.type }, `: ${formatBytes(e.size)}`] };
    case 'realloc':
      return {
        tone: 'alloc',
        segments: [
          `realloc #${e.block}: capacity ${e.fromCapacity} → ${e.toCapacity} (${formatBytes(e.size)})`,
          ...(e.moved !== undefined ? [`: ${movedText(e)} moved to the new block, the old one (${formatBytes(oldSize(e))}) freed`] : []),
        ],
      };
    case 'free':
      return { tone: 'free', segments: [`free #${e.block}`] };
    case 'rc':
      return { tone: 'info', segments: [`#${e.block} counts: strong ${e.strong}, weak ${e.weak}`] };
    case 'output':
      return { tone: 'output', segments: [`${e.stream}: `, { code: shorten(e.text.replace(/\n$/, ''), 80) }] };
    case 'panic':
      return { tone: 'panic', segments: [`thread '${e.thread}' panicked: `, { code: shorten(e.message, 160) }] };
    case 'spawn':
      return { tone: 'call', segments: [`spawn thread '${e.name}' (stack ${formatBytes(e.stackBudget)})`] };
    case 'dangling':
      return {
        tone: 'panic',
        segments: [...named(e.what), ' dangles: it points to ', ...codeSpans(e.to)],
      };
    case 'ub':
      return { tone: 'panic', segments: [`undefined behaviour: ${e.message}`] };
  }
}
