// The simulation worker (dist/simWorker.js): runs `simulate` for the language server and for
// `rustmem run`, off their main threads and with a deep stack (the spawner sets
// `resourceLimits.stackSizeMb`), since a simulated recursion recurses in the host too.
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { initParser, parseRust, parserMemoryBytes, TreeTooLarge } from './engine/parse/parser';
import type { Tree } from './engine/parse/parser';
import { tooLongToSimulate } from './engine/sim';
import { simulateAnnotated } from './engine/annotations/simulate';
import { runTraceChecks } from './engine/analysis';
import { traceViews } from './engine/inspect/traceViews';
import type { Trace } from '../../protocol/trace';
import type { RustMemorySettings } from '../../protocol/settings';
import type { SimulateJob, SimulateReply, TraceAnalysis, WorkerMemory } from './simulationMessages';

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** The trace checks and views of `trace`, run of `job` on `tree` (SimulateJob.analyse). */
function analyse(job: SimulateJob, settings: RustMemorySettings, trace: Trace, tree: Tree): TraceAnalysis {
  const failures: TraceAnalysis['failures'] = [];
  const findings = runTraceChecks({ file: job.file, text: job.source, tree, settings }, trace, (f) => failures.push({ check: f.check, error: describe(f.error) }));
  try {
    return { findings, failures, views: traceViews(trace, tree) };
  } catch (error) {
    failures.push({ check: 'views of the trace', error: describe(error) });
    return { findings, failures };
  }
}

/**
 * The buffers of the trace's step table, moved to the server with the reply instead of copied into
 * it and copied again out of it (the worker is done with the trace once it is sent).
 */
function stepBuffers(trace: Trace): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const column of Object.values(trace.steps)) {
    if (ArrayBuffer.isView(column) && column.buffer instanceof ArrayBuffer) buffers.add(column.buffer);
  }
  return [...buffers];
}

function held(): WorkerMemory {
  return { heapBytes: getHeapStatistics().total_heap_size, wasmBytes: parserMemoryBytes() };
}

let firstJobDone: (() => void) | undefined;

/** `f` runs once, when the first job is done and before its reply (the launcher writes the code cache then). */
export function afterFirstJob(f: () => void): void {
  firstJobDone = f;
}

const port = parentPort;
if (port) {
  port.on('message', (job: SimulateJob) => {
    void initParser().then(
      () => {
        let reply: SimulateReply;
        let transfer: ArrayBuffer[] = [];
        let tree: Tree | undefined;
        try {
          // Parsed here within the job's budget; a text the simulator refuses for its length is not parsed at all.
          if (job.maxParserBytes !== undefined && !tooLongToSimulate(job.source)) tree = parseRust(job.source, null, job.maxParserBytes);
          const r = simulateAnnotated(job.source, {
            file: job.file,
            maxSteps: job.maxSteps,
            ...(job.maxMillis !== undefined ? { maxMillis: job.maxMillis } : {}),
            ...(job.maxHeapBytes !== undefined ? { maxHeapBytes: job.maxHeapBytes } : {}),
            recordTrace: job.recordTrace !== false,
            ...(job.asIfAccepted ? { asIfAccepted: true } : {}),
            ...(job.rejection !== undefined ? { rejection: job.rejection } : {}),
          }, tree);
          const analysis = job.analyse && tree ? analyse(job, job.analyse, r.trace, tree) : undefined;
          reply = { kind: 'done', id: job.id, stdout: r.stdout, stderr: r.stderr, status: r.status, trace: r.trace, held: held(), ...(analysis ? { analysis } : {}) };
          transfer = stepBuffers(r.trace);
        } catch (error) {
          if (error instanceof TreeTooLarge) reply = { kind: 'too-large', id: job.id, what: `a program whose ${error.message}` };
          else reply = { kind: 'failed', id: job.id, error: describe(error) };
        } finally {
          tree?.delete();
        }
        const done = firstJobDone;
        firstJobDone = undefined;
        done?.();
        port.postMessage(reply, transfer);
      },
      (error: unknown) => port.postMessage({ kind: 'failed', id: job.id, error: String(error) } satisfies SimulateReply),
    );
  });
}
