// The browser's stand-in for simulation.ts (swapped in by the browser builds). A language server in
// a web worker is already off the editor's thread, so it simulates in its own thread. A run starts
// on the next turn of the event loop, so an edit that arrives first cancels it before it starts;
// once started, a run goes to its end (the step limit bounds it).
import { simulateAnnotated } from '../engine/annotations/simulate';
import type { SimulateJob } from '../simulationMessages';
import type { ErrorLog } from './safely';
import { describeError } from './safely';
import type { SimulationOutcome } from './simulation';

interface Queued {
  timer: ReturnType<typeof setTimeout>;
  resolve(outcome: SimulationOutcome): void;
}

export type { SimulationOutcome };

export class SimulationRunner {
  private readonly queued = new Map<string, Queued>();

  constructor(_workerFile: string, private readonly log: ErrorLog) {}

  get available(): boolean {
    return true;
  }

  run(key: string, job: Omit<SimulateJob, 'kind' | 'id'>): Promise<SimulationOutcome> {
    this.cancel(key);
    return new Promise<SimulationOutcome>((resolve) => {
      const timer = setTimeout(() => {
        this.queued.delete(key);
        try {
          const r = simulateAnnotated(job.source, { file: job.file, maxSteps: job.maxSteps, recordTrace: job.recordTrace !== false });
          resolve({ kind: 'done', trace: r.trace, stdout: r.stdout, stderr: r.stderr, status: r.status });
        } catch (error) {
          this.log(`the simulation failed: ${describeError(error)}`);
          resolve({ kind: 'failed', error: describeError(error) });
        }
      }, 0);
      this.queued.set(key, { timer, resolve });
    });
  }

  cancel(key: string): void {
    const queued = this.queued.get(key);
    if (!queued) return;
    clearTimeout(queued.timer);
    this.queued.delete(key);
    queued.resolve({ kind: 'cancelled' });
  }

  close(key: string): void {
    this.cancel(key);
  }

  dispose(): void {
    for (const key of [...this.queued.keys()]) this.cancel(key);
  }
}
