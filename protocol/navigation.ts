/**
 * Moving through a trace by line and by frame: what the panel's "step over"/"step out" buttons do,
 * which step the editor cursor selects, and where the panel lands after the document is re-run.
 * Pure code shared by the webview (media/) and the panel host (client/); it never mutates the trace.
 */
import type { Step, Trace } from './trace';

/** Line → first step, for the steps indexed so far (a trace that arrives in parts grows). */
const firstStepByLine = new WeakMap<Trace, { lines: Map<number, number>; upTo: number }>();

/** The first step (0-based) that runs `line` (1-based), or `undefined` when the line never runs. */
export function firstStepAtLine(trace: Trace, line: number): number | undefined {
  let index = firstStepByLine.get(trace);
  if (!index) firstStepByLine.set(trace, (index = { lines: new Map(), upTo: 0 }));
  for (; index.upTo < trace.steps.length; index.upTo++) {
    const l = trace.steps.at(index.upTo)!.line;
    if (!index.lines.has(l)) index.lines.set(l, index.upTo);
  }
  return index.lines.get(line);
}

/** Every line's first step: the whole index behind firstStepAtLine, plain data for another thread. */
export function firstStepsByLine(trace: Trace): Map<number, number> {
  firstStepAtLine(trace, 0);
  return firstStepByLine.get(trace)!.lines;
}

/** Uses `lines`, the firstStepsByLine of a copy of `trace` made elsewhere, as `trace`'s own. */
export function adoptFirstStepsByLine(trace: Trace, lines: Map<number, number>): void {
  firstStepByLine.set(trace, { lines, upTo: trace.steps.length });
}

/** The 1-based line of `step`, or `undefined` outside the trace. */
export function lineOfStep(trace: Trace, step: number): number | undefined {
  return trace.steps.at(step)?.line;
}

function clampStep(trace: Trace, step: number): number {
  return Math.max(0, Math.min(step, trace.steps.length - 1));
}

function sameThreadAtOrAbove(s: Step, from: Step, strictlyAbove: boolean): boolean {
  return s.thread === from.thread && (strictlyAbove ? s.depth < from.depth : s.depth <= from.depth);
}

/** The next step in the same frame or an outer one: calls made at this step run without stopping. */
export function stepOver(trace: Trace, step: number): number {
  const from = trace.steps.at(step);
  if (!from) return clampStep(trace, step);
  for (let i = step + 1; i < trace.steps.length; i++) {
    if (sameThreadAtOrAbove(trace.steps.at(i)!, from, false)) return i;
  }
  return trace.steps.length - 1;
}

/** The previous step in the same frame or an outer one: `stepOver` backwards. */
export function stepBackOver(trace: Trace, step: number): number {
  const from = trace.steps.at(step);
  if (!from) return clampStep(trace, step);
  for (let i = step - 1; i >= 0; i--) {
    if (sameThreadAtOrAbove(trace.steps.at(i)!, from, false)) return i;
  }
  return 0;
}

/** The first step after the current frame returned (back in its caller). */
export function stepOut(trace: Trace, step: number): number {
  const from = trace.steps.at(step);
  if (!from) return clampStep(trace, step);
  for (let i = step + 1; i < trace.steps.length; i++) {
    if (sameThreadAtOrAbove(trace.steps.at(i)!, from, true)) return i;
  }
  return trace.steps.length - 1;
}

/**
 * Where to stand in `next` (a re-run after an edit) so the panel stays at the same line: the same
 * occurrence of `line` if it still runs that often, else its last occurrence, else the first step
 * at or after `line`, else the last step. `line` is the old step's line, already shifted by the edit
 * (see `shiftLine`).
 */
export function stepAtSameLine(prev: Trace, prevStep: number, next: Trace, line: number): number {
  if (next.steps.length === 0) return 0;
  const oldLine = prev.steps.at(prevStep)?.line;
  let occurrence = 0;
  if (oldLine !== undefined) {
    for (let i = 0; i <= prevStep && i < prev.steps.length; i++) if (prev.steps.at(i)!.line === oldLine) occurrence++;
  }
  let seen = 0;
  let last: number | undefined;
  let firstAfter: number | undefined;
  let firstAfterLine = Infinity;
  for (let i = 0; i < next.steps.length; i++) {
    const l = next.steps.at(i)!.line;
    if (l === line) {
      seen++;
      last = i;
      if (seen === occurrence) return i;
    } else if (l > line && l < firstAfterLine) {
      firstAfterLine = l;
      firstAfter = i;
    }
  }
  return last ?? firstAfter ?? next.steps.length - 1;
}

/** One edit of a document, in 1-based lines: `[startLine, endLine]` replaced by text of `newLineCount` lines. */
export interface LineEdit {
  startLine: number;
  endLine: number;
  /** Line breaks in the inserted text. */
  newLineBreaks: number;
}

/**
 * Where a 1-based line is after edits (applied in order): lines below an edit move by the number of
 * lines it added or removed; a line inside a replaced range moves to its start.
 */
export function shiftLine(line: number, edits: readonly LineEdit[]): number {
  let l = line;
  for (const e of edits) {
    const delta = e.newLineBreaks - (e.endLine - e.startLine);
    if (e.endLine < l) l += delta;
    else if (e.startLine < l && l <= e.endLine) l = Math.min(l, e.startLine + e.newLineBreaks);
  }
  return Math.max(1, l);
}
