// The simulation worker (dist/simWorker.js): runs `simulate` for the language server and for
// `rustmem run`, off their main threads and with a deep stack (the spawner sets
// `resourceLimits.stackSizeMb`), since a simulated recursion recurses in the host too.
import { parentPort } from 'node:worker_threads';
import { initParser } from './engine/parse/parser';
import { simulateAnnotated } from './engine/annotations/simulate';
import type { SimulateJob, SimulateReply } from './simulationMessages';

const port = parentPort;
if (port) {
  port.on('message', (job: SimulateJob) => {
    void initParser().then(
      () => {
        let reply: SimulateReply;
        try {
          const r = simulateAnnotated(job.source, {
            file: job.file,
            maxSteps: job.maxSteps,
            ...(job.maxMillis !== undefined ? { maxMillis: job.maxMillis } : {}),
            ...(job.maxHeapBytes !== undefined ? { maxHeapBytes: job.maxHeapBytes } : {}),
            recordTrace: job.recordTrace !== false,
            ...(job.asIfAccepted ? { asIfAccepted: true } : {}),
          });
          reply = { kind: 'done', id: job.id, stdout: r.stdout, stderr: r.stderr, status: r.status, trace: r.trace };
        } catch (error) {
          reply = { kind: 'failed', id: job.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
        }
        port.postMessage(reply);
      },
      (error: unknown) => port.postMessage({ kind: 'failed', id: job.id, error: String(error) } satisfies SimulateReply),
    );
  });
}
