// Runs one Rust file as `rustmem trace` and `rustmem replay` see it: in the simulation worker
// (dist/simWorker.js, deep stack) when the bundle is there, in-process from source otherwise, and
// always through simulateAnnotated, so `// @mem entry`, `// @mem stack` and `// @mem snapshot`
// mean what they mean in the editor.
import type { SimulateResult } from '../engine/sim';
import type { FnPermissions } from '../../../protocol/permissions';
import { sourcePermissions } from '../engine/borrowck/tracePermissions';
import { initParser } from '../engine/parse/parser';
import { DEFAULT_SETTINGS } from '../../../protocol/settings';
import { startSimulation } from './simulate';
import type { RunBudget } from './programArgs';

/** A recorded trace holds every step: the editor's step limit keeps it to a size a browser loads. */
export const TRACE_MAX_STEPS = DEFAULT_SETTINGS.maxSteps;

export function traceFile(file: string, source: string, budget: RunBudget = { maxSteps: TRACE_MAX_STEPS }): Promise<SimulateResult> {
  return startSimulation({ source, file, ...budget, recordTrace: true });
}

/**
 * The run as `rustmem trace` and `rustmem replay` give it: with the program's permissions
 * (`Trace.permissions`), computed as the language server computes them for the Memory Inspector,
 * apart from the simulation so that `run` pays nothing for them, and on this thread while the
 * simulation worker runs. A program rustc rejects gets none (it is not run); when they cannot be
 * computed, `warn` says why and the trace goes without.
 */
export async function traceWithPermissions(file: string, source: string, budget: RunBudget, warn: (message: string) => void): Promise<SimulateResult> {
  const running = traceFile(file, source, budget);
  // Awaited below: this only keeps a failed run from counting as unhandled meanwhile.
  running.catch(() => undefined);
  let permissions: FnPermissions[] | undefined;
  let failure: string | undefined;
  try {
    await initParser();
    permissions = sourcePermissions(source);
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  const run = await running;
  if (run.trace.end.kind === 'rejected') return run;
  if (permissions) run.trace.permissions = permissions;
  else warn(`permissions left out: ${failure}`);
  return run;
}
