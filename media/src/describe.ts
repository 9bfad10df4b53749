// Events of a step in words, with the rule that caused them: the sentences under the stack and
// heap, and the text screen readers announce. Pure (no DOM), so it is unit-tested directly.
import type { DropReason, TraceEvent } from '../../protocol/trace';
import { formatBytes, shorten } from './format';
import type { Segment } from './dom';

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

/** With a detail that already says where ("end of `main`"), the scope rule needs fewer words. */
const AFTER_DETAIL: Partial<Record<DropReason, string>> = {
  'scope-end': 'reverse declaration order',
};

export function dropReasonText(reason: DropReason): string {
  return DROP_REASONS[reason] ?? reason;
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

export function describeEvent(e: TraceEvent): EventDescription {
  switch (e.kind) {
    case 'call':
      return { tone: 'call', segments: ['call ', { code: e.fn }, `: new frame of ${formatBytes(e.size)}`] };
    case 'return':
      return { tone: 'call', segments: ['return from ', { code: e.fn }, ': its frame is popped'] };
    case 'move':
      return { tone: 'move', segments: ['move ', { code: e.what }, ' → ', { code: e.to }] };
    case 'copy':
      return { tone: 'move', segments: ['copy ', { code: e.what }, ' → ', { code: e.to }, ' (Copy type)'] };
    case 'borrow':
      return { tone: 'borrow', segments: [e.mutable ? 'borrow mutably ' : 'borrow ', { code: e.what }] };
    case 'drop': {
      const why = e.detail
        ? [...codeSpans(e.detail), `, ${AFTER_DETAIL[e.reason] ?? dropReasonText(e.reason)}`]
        : [dropReasonText(e.reason)];
      const named = e.what === e.type ? [{ code: e.what }] : [{ code: e.what }, ' (', { code: e.type }, ')'];
      return { tone: 'drop', segments: ['drop ', ...named, ': ', ...why] };
    }
    case 'alloc':
      return { tone: 'alloc', segments: [`alloc #${e.block} `, { code: e.type }, `: ${formatBytes(e.size)}`] };
    case 'realloc':
      return {
        tone: 'alloc',
        segments: [`realloc #${e.block}: capacity ${e.fromCapacity} → ${e.toCapacity} (${formatBytes(e.size)})`],
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
  }
}
