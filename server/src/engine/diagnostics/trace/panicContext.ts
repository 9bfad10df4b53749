// The places a `panic` diagnostic points at besides the panic itself: what the panic's notes name
// (the borrow still alive that a `borrow_mut` ran into) and the calls that led to the panicking
// function, innermost first, as a backtrace would list them.
import type { RelatedInfo } from '../../diagnostic';
import type { Tree } from '../../parse/parser';
import type { PanicNote, Trace } from '../../../../../protocol/trace';
import { replayState } from '../../../../../protocol/replay';
import { spanAt, stepSpan } from './spans';

const callStepCache = new WeakMap<Trace, Map<number, number>>();

/**
 * The step of each frame's `call` event, by frame id (ids are unique in a trace), read once per
 * trace: a run that catches a panic in every iteration asks for it once per panic.
 */
function callSteps(trace: Trace): Map<number, number> {
  let steps = callStepCache.get(trace);
  if (steps) return steps;
  steps = new Map();
  trace.steps.forEach((step, i) => {
    for (const e of step.events) if (e.kind === 'call') steps!.set(e.frame, i);
  });
  callStepCache.set(trace, steps);
  return steps;
}

/**
 * The frames of the step's thread at its panic event: those before the step, then the step's own
 * calls and returns up to the panic (what follows it in the step is already the unwinding).
 */
function framesAtPanic(trace: Trace, step: number): { id: number; fn: string }[] {
  const at = trace.steps.at(step)!;
  const frames = step > 0 ? replayState(trace, step - 1).frames.filter((f) => f.thread === at.thread).map((f) => ({ id: f.id, fn: f.fn })) : [];
  for (const e of at.events) {
    if (e.kind === 'panic') break;
    if (e.kind === 'call') frames.push({ id: e.frame, fn: e.fn });
    if (e.kind === 'return') {
      const i = frames.findIndex((f) => f.id === e.frame);
      if (i !== -1) frames.splice(i);
    }
  }
  return frames;
}

/** `step`: the index of the step whose events hold the panic. */
export function panicContext(trace: Trace, tree: Tree, step: number, notes: readonly PanicNote[] = []): RelatedInfo[] {
  const related: RelatedInfo[] = notes.map((n) => ({ span: spanAt(trace, tree, n.line, n.column), message: n.message }));
  if (!trace.steps.at(step)) return related;
  const frames = framesAtPanic(trace, step);
  if (frames.length < 2) return related;
  const calls = callSteps(trace);
  for (let k = frames.length - 1; k > 0; k--) {
    const call = calls.get(frames[k]!.id);
    if (call === undefined) continue;
    related.push({ span: stepSpan(trace.steps.at(call)!), message: `\`${frames[k]!.fn}\` was called here, from \`${frames[k - 1]!.fn}\`` });
  }
  return related;
}

/** The index of the last step with a panic event of `thread` saying `message`. */
export function panicStep(trace: Trace, thread: string, message: string): number {
  for (let i = trace.steps.length - 1; i >= 0; i--) {
    if (trace.steps.at(i)!.events.some((e) => e.kind === 'panic' && e.thread === thread && e.message === message)) return i;
  }
  return -1;
}
