// Runs one Rust file as `rustmem trace` and `rustmem replay` see it: in the simulation worker
// (dist/simWorker.js, deep stack) when the bundle is there, in-process from source otherwise, and
// always through simulateAnnotated, so `// @mem entry`, `// @mem stack` and `// @mem snapshot`
// mean what they mean in the editor.
import type { SimulateResult } from '../engine/sim';
import { DEFAULT_SETTINGS } from '../../../protocol/settings';
import { startSimulation } from './simulate';
import type { RunBudget } from './programArgs';

/** A recorded trace holds every step: the editor's step limit keeps it to a size a browser loads. */
export const TRACE_MAX_STEPS = DEFAULT_SETTINGS.maxSteps;

export function traceFile(file: string, source: string, budget: RunBudget = { maxSteps: TRACE_MAX_STEPS }): Promise<SimulateResult> {
  return startSimulation({ source, file, ...budget, recordTrace: true });
}
