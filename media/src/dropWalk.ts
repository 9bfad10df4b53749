// "Play drops": each drop is its own step of the trace, at the position of the scope's end (or
// the statement) whose rule dropped it, and a `Drop::drop` that runs between two drops adds deeper
// steps. A scope's end is the run of drop steps at one position; the walk shows them in order.
import type { StepTable } from '../../protocol/stepTable';
import type { Step } from '../../protocol/trace';

function dropsOrFrees(step: Step): boolean {
  for (const e of step.events) if (e.kind === 'drop' || e.kind === 'free') return true;
  return false;
}

function sameSite(a: Step, b: Step): boolean {
  return a.thread === b.thread && a.depth === b.depth && a.line === b.line && a.column === b.column;
}

/**
 * The drop steps of the scope's end that step `at` belongs to, in order (empty when `at` drops
 * nothing). Steps of a `Drop::drop` running in between (deeper, same thread) are passed over.
 */
export function dropRun(steps: StepTable, at: number): number[] {
  const here = steps.at(at);
  if (!here || !here.events.some((e) => e.kind === 'drop')) return [];
  const run = [at];
  const inside = (s: Step) => s.thread === here.thread && s.depth > here.depth;
  for (let i = at - 1; i >= 0; i--) {
    const s = steps.at(i)!;
    if (inside(s)) continue;
    if (!sameSite(s, here) || !dropsOrFrees(s)) break;
    run.unshift(i);
  }
  for (let i = at + 1; i < steps.length; i++) {
    const s = steps.at(i)!;
    if (inside(s)) continue;
    if (!sameSite(s, here) || !dropsOrFrees(s)) break;
    run.push(i);
  }
  return run;
}
