// Start-up of the `rustmem` command, measured as processes: each command runs `runs` times,
// interleaved with the others (so a burst of load from elsewhere hits them all alike), and is
// reported as its median wall time and median CPU time (user + system, all threads, reported by
// the process itself through cpuReport.cjs: the figure that load from elsewhere disturbs least).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './stats';

export interface ProcessTiming {
  name: string;
  wallMs: number;
  /** Undefined for a process that is not Node itself (npx runs npm, a shell, then Node). */
  cpuMs?: number;
}

export interface TimedProcess {
  name: string;
  argv: string[];
  cwd: string;
  /** Node is the program and takes the CPU reporter as a preload. */
  node?: boolean;
  env?: Record<string, string>;
}

const REPORTER = path.join(__dirname, 'cpuReport.cjs');

export function timeProcesses(commands: readonly TimedProcess[], runs: number): ProcessTiming[] {
  const wall = commands.map(() => [] as number[]);
  const cpu = commands.map(() => [] as number[]);
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-bench-cpu-')), 'cpu');
  try {
    for (let round = 0; round < runs; round++) {
      for (const [i, c] of commands.entries()) {
        const argv = c.node ? [c.argv[0] as string, '-r', REPORTER, ...c.argv.slice(1)] : c.argv;
        fs.rmSync(report, { force: true });
        const start = performance.now();
        const r = spawnSync(argv[0] as string, argv.slice(1), {
          cwd: c.cwd,
          stdio: ['ignore', 'ignore', 'pipe'],
          encoding: 'utf8',
          env: { ...process.env, ...c.env, RUSTMEM_BENCH_CPU: report },
        });
        (wall[i] as number[]).push(performance.now() - start);
        if (r.status !== 0 && r.status !== 1) throw new Error(`${c.argv.join(' ')} exited with ${r.status}: ${r.stderr}`);
        if (c.node) (cpu[i] as number[]).push(Number(fs.readFileSync(report, 'utf8').trim()));
      }
    }
  } finally {
    fs.rmSync(path.dirname(report), { recursive: true, force: true });
  }
  return commands.map((c, i) => ({ name: c.name, wallMs: median(wall[i] as number[]), ...(c.node ? { cpuMs: median(cpu[i] as number[]) } : {}) }));
}
