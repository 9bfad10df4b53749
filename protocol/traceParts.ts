/**
 * A long trace travels in parts, so that the Memory Inspector draws its first step while the rest
 * is still arriving: a head (the trace with only its first steps, and everything else whole:
 * output, leaks, end, threads, snapshots) and then the remaining steps, in order, each part with
 * the checkpoints that fall inside it. Used by the panel host (webview messages) and by
 * `rustmem replay` (data elements of the page); the webview joins them back with `appendPart`.
 */
import type { Checkpoint, Trace } from './trace';
import type { StepTable } from './stepTable';

export interface TracePart {
  /** Index in `Trace.steps` of the first step of this part. */
  from: number;
  steps: StepTable;
  checkpoints: Checkpoint[];
}

/** Steps in the head: small enough to draw at once. */
export const HEAD_STEPS = 500;
/** Steps in each later part. */
export const PART_STEPS = 10000;

export function splitTrace(trace: Trace, headSteps = HEAD_STEPS, partSteps = PART_STEPS): { head: Trace; parts: TracePart[] } {
  if (trace.steps.length <= headSteps) return { head: trace, parts: [] };
  const within = (from: number, to: number) => trace.checkpoints.filter((c) => c.step >= from && c.step < to);
  const head: Trace = { ...trace, steps: trace.steps.slice(0, headSteps), checkpoints: within(0, headSteps) };
  const parts: TracePart[] = [];
  for (let from = headSteps; from < trace.steps.length; from += partSteps) {
    const to = Math.min(from + partSteps, trace.steps.length);
    parts.push({ from, steps: trace.steps.slice(from, to), checkpoints: within(from, to) });
  }
  return { head, parts };
}

/**
 * Appends `part` to `trace` (which must hold exactly the steps before it) and returns true; a part
 * out of order changes nothing and returns false.
 */
export function appendPart(trace: Trace, part: TracePart): boolean {
  if (part.from !== trace.steps.length) return false;
  trace.steps.append(part.steps);
  for (const c of part.checkpoints) trace.checkpoints.push(c);
  return true;
}
