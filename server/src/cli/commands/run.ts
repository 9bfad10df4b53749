// `rustmem run`: simulates a program and behaves like the compiled program — its stdout, its
// stderr for panics, its exit status — or stops with status 2 and `rustmem: unsupported: …` when
// the program uses something the simulator does not model. The run happens in the simulation
// worker (dist/simWorker.js) with a deep stack; from source (no bundle) it runs in-process.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CliCommand, CliIO } from '../command';
import { UsageError } from '../command';
import { initParser } from '../../engine/parse/parser';
import { DEFAULT_MAX_STEPS } from '../../engine/sim/index';
import { simulateAnnotated } from '../../engine/annotations';
import { programSource, SNIPPET_OPTION } from '../programSource';
import { budgetOf, LIMIT_OPTIONS, parseProgramArgs, type RunBudget } from '../programArgs';
import { readFailure } from '../readFailure';
import type { SimulateJob, SimulateReply } from '../../simulationMessages';

const USAGE = `Usage: rustmem run [--max-steps N] [--max-ms N] [--max-heap N] [--snippet N] FILE

Simulates the Rust program in FILE from \`main\` and prints what the program prints, as the
program compiled by rustc (debug build) would: stdout, the panic message on stderr, and the
program's exit status (0, 101 after a panic, 134 after a stack overflow).

Options:
  --max-steps N   Stop after N steps (default ${DEFAULT_MAX_STEPS.toLocaleString('en-US').replace(/,/g, '_')}); a step is one
                  statement, loop iteration or scope end
${LIMIT_OPTIONS}
${SNIPPET_OPTION}
  -h, --help      Print this help

Exit status: the program's, or 2 when the program uses something the simulator does not model
(\`rustmem: unsupported: <what> at FILE:LINE:COL\`), when it reaches a limit (steps, time, heap), or for a usage
error or a file that cannot be read.
`;

/** Host stack for the worker: simulated recursion 8 MiB deep needs a deep JS stack. */
export const SIM_STACK_MB = 1024;

interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

/** Runs the simulation in a worker thread with a deep stack. */
export function runInWorker(workerFile: string, source: string, file: string, budget: RunBudget): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, { resourceLimits: { stackSizeMb: SIM_STACK_MB } });
    const job: SimulateJob = { kind: 'simulate', id: 1, source, file, ...budget, recordTrace: false };
    worker.once('message', (reply: SimulateReply) => {
      void worker.terminate();
      if (reply.kind === 'done') resolve({ stdout: reply.stdout, stderr: reply.stderr, status: reply.status });
      else reject(new Error(reply.error));
    });
    worker.once('error', (e) => reject(e));
    worker.postMessage(job);
  });
}

export const runCommand: CliCommand = {
  name: 'run',
  summary: 'Simulate a program: its output, panics and exit status, as rustc would build it',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const opts = parseProgramArgs(args, DEFAULT_MAX_STEPS);
    let source: string;
    try {
      source = fs.readFileSync(path.resolve(io.cwd, opts.file), 'utf8');
    } catch (e) {
      throw new UsageError(`cannot read ${opts.file}: ${readFailure(e)}`);
    }
    source = programSource(opts.file, source, opts.snippet);
    const workerFile = path.join(__dirname, 'simWorker.js');
    let out: Outcome;
    if (fs.existsSync(workerFile)) {
      out = await runInWorker(workerFile, source, opts.file, budgetOf(opts));
    } else {
      await initParser();
      out = simulateAnnotated(source, { file: opts.file, ...budgetOf(opts), recordTrace: false });
    }
    io.stdout(out.stdout);
    io.stderr(out.stderr);
    return out.status;
  },
};
