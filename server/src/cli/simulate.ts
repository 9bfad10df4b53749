// Simulations for the CLI's commands. The bundled CLI runs them in one worker thread
// (dist/simWorker.js, a deep stack since simulated recursion recurses in the host) that every
// file of the command shares; its first job is posted as soon as the worker is created, so the
// worker boots, loads its bundle and the grammar while the main thread parses and checks. Run
// from source (no worker bundle beside this file), they run in this thread.
import { reviveTrace } from '../../../protocol/stepTable';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { SimulateResult } from '../engine/sim';
import type { Tree } from '../engine/parse/parser';
import { SIMULATION_STACK_MB, WORKER_HEAP_MB, type SimulateJob, type SimulateReply } from '../simulationMessages';
import type { RunBudget } from './programArgs';
import { useCodeCachePart } from '../codeCacheParts';

export interface SimulationRequest extends RunBudget {
  source: string;
  file: string;
  recordTrace: boolean;
}

interface Pending {
  request: SimulationRequest;
  resolve(result: SimulateResult): void;
  reject(error: Error): void;
}

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  worker = undefined;
  const waiting = [...pending.values()];
  pending.clear();
  const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
  for (const p of waiting) {
    if (outOfMemory) outOfMemoryResult(p.request).then(p.resolve, p.reject);
    else p.reject(error);
  }
}

/** A run that outgrew the worker's heap: it ends as `unsupported` at the entry function, as in the editor. */
async function outOfMemoryResult(request: SimulationRequest): Promise<SimulateResult> {
  const { initParser, parseRust } = require('../engine/parse/parser') as typeof import('../engine/parse/parser');
  const { outOfMemoryTrace } = require('../features/outOfMemory') as typeof import('../features/outOfMemory');
  await initParser();
  const tree = parseRust(request.source);
  try {
    const trace = outOfMemoryTrace(request.file, tree, WORKER_HEAP_MB, '--max-steps or --max-heap');
    const end = trace.end as { what: string; line: number; column: number };
    return { stdout: '', stderr: `rustmem: unsupported: ${end.what} at ${request.file}:${end.line}:${end.column}\n`, status: 2, trace };
  } finally {
    tree.delete();
  }
}

function sharedWorker(workerFile: string): Worker {
  if (worker) return worker;
  // Required here: loading node:worker_threads costs a file without an entry point (most `check`s) for nothing.
  const { Worker: WorkerThread } = require('node:worker_threads') as typeof import('node:worker_threads');
  const w = new WorkerThread(workerFile, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, stackSizeMb: SIMULATION_STACK_MB } });
  w.on('message', (reply: SimulateReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    // An idle worker must not keep the process alive once the command is done.
    if (pending.size === 0) w.unref();
    if (reply.kind === 'done') p.resolve({ stdout: reply.stdout, stderr: reply.stderr, status: reply.status, trace: reviveTrace(reply.trace) });
    else p.reject(new Error(reply.kind === 'failed' ? reply.error : reply.what));
  });
  w.on('error', (error) => failAll(error));
  w.on('exit', (code) => failAll(new Error(`the simulation worker exited with status ${code}`)));
  worker = w;
  return w;
}

/**
 * Starts simulating `request` (with its `// @mem` annotations) and returns at once; the result
 * comes when the run ends. Jobs run one after another in the order they were started.
 */
export function startSimulation(request: SimulationRequest): Promise<SimulateResult> {
  const workerFile = path.join(__dirname, 'simWorker.js');
  if (!fs.existsSync(workerFile)) return simulateHere(request);
  const w = sharedWorker(workerFile);
  const id = nextId++;
  const job: SimulateJob = { kind: 'simulate', id, ...request };
  return new Promise<SimulateResult>((resolve, reject) => {
    pending.set(id, { request, resolve, reject });
    w.ref();
    w.postMessage(job);
  });
}

/** From source: the simulator is loaded only now, so commands that never simulate do not load it. */
async function simulateHere(request: SimulationRequest): Promise<SimulateResult> {
  const { initParser } = require('../engine/parse/parser') as typeof import('../engine/parse/parser');
  await initParser();
  return simulateInThisThread(request);
}

function simulateInThisThread(request: SimulationRequest, tree?: Tree): SimulateResult {
  useCodeCachePart('simulation');
  const { simulateAnnotated } = require('../engine/annotations/simulate') as typeof import('../engine/annotations/simulate');
  const { source, file, ...options } = request;
  return simulateAnnotated(source, { file, ...options }, tree);
}

/**
 * Simulates in this thread, on the tree already parsed here, when that can be trusted: a run that
 * ends as `unsupported` may have run out of this thread's small stack (a simulated recursion
 * recurses in the host too), so it runs again in the worker, whose stack is deep. Starting a
 * worker costs more than a short program's whole run; a long one costs the same either way.
 */
export async function simulateHereFirst(request: SimulationRequest, tree: Tree): Promise<SimulateResult> {
  const here = simulateInThisThread(request, tree);
  return here.trace.end.kind === 'unsupported' ? startSimulation(request) : here;
}
