// Runs one Rust file as `rustmem trace` and `rustmem replay` see it: in the simulation worker
// (dist/simWorker.js, deep stack) when the bundle is there, in-process from source otherwise, and
// always through simulateAnnotated, so `// @mem entry`, `// @mem stack` and `// @mem snapshot`
// mean what they mean in the editor.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { simulateAnnotated } from '../engine/annotations';
import type { SimulateResult } from '../engine/sim';
import { initParser } from '../engine/parse/parser';
import { DEFAULT_SETTINGS } from '../../../protocol/settings';
import type { RunBudget } from './programArgs';
import { SIMULATION_STACK_MB, type SimulateJob, type SimulateReply } from '../simulationMessages';

/** A recorded trace holds every step: the editor's step limit keeps it to a size a browser loads. */
export const TRACE_MAX_STEPS = DEFAULT_SETTINGS.maxSteps;

function inWorker(workerFile: string, job: SimulateJob): Promise<SimulateResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { resourceLimits: { stackSizeMb: SIMULATION_STACK_MB } });
    worker.once('message', (reply: SimulateReply) => {
      void worker.terminate();
      if (reply.kind === 'done') resolve({ stdout: reply.stdout, stderr: reply.stderr, status: reply.status, trace: reply.trace });
      else reject(new Error(reply.error));
    });
    worker.once('error', reject);
    worker.postMessage(job);
  });
}

export async function traceFile(file: string, source: string, budget: RunBudget = { maxSteps: TRACE_MAX_STEPS }): Promise<SimulateResult> {
  const workerFile = path.join(__dirname, 'simWorker.js');
  if (fs.existsSync(workerFile)) return inWorker(workerFile, { kind: 'simulate', id: 1, source, file, ...budget, recordTrace: true });
  await initParser();
  return simulateAnnotated(source, { file, ...budget });
}
