// Runs the real simulator on a program in a worker thread with a deep stack, as the language
// server and `rustmem run` do (a simulated recursion recurses in the host too).
import { Worker } from 'node:worker_threads';
import type { Trace } from '../../../protocol/trace';
import { reviveTrace } from '../../../protocol/stepTable';

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
require('tsx/cjs');
const { initParser } = require(workerData.parser);
const { simulate } = require(workerData.sim);
initParser().then(() => {
  try {
    const r = simulate(workerData.source, { file: workerData.file });
    parentPort.postMessage({ ok: true, trace: r.trace, status: r.status, stdout: r.stdout, stderr: r.stderr });
  } catch (e) {
    parentPort.postMessage({ ok: false, error: String(e && e.stack || e) });
  }
});
`;

export interface DeepRun {
  trace: Trace;
  status: number;
  stdout: string;
  stderr: string;
}

export function simulateDeep(source: string, file = 'main.rs'): Promise<DeepRun> {
  return new Promise((resolve, reject) => {
    const w = new Worker(WORKER, {
      eval: true,
      workerData: {
        source,
        file,
        parser: require.resolve('../../../server/src/engine/parse/parser'),
        sim: require.resolve('../../../server/src/engine/sim'),
      },
      resourceLimits: { stackSizeMb: 512 },
      // Not the test runner's loader flags: the worker registers tsx itself.
      execArgv: [],
    });
    w.once('message', (m: { ok: true } & DeepRun | { ok: false; error: string }) => {
      void w.terminate();
      if (m.ok) resolve({ ...m, trace: reviveTrace(m.trace) });
      else reject(new Error(m.error));
    });
    w.once('error', reject);
  });
}
