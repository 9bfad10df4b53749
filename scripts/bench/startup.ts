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
    // One round untimed first: a fresh build's first run of each command writes its code cache,
    // which the timed rounds then read, as every later run of an installed `rustmem` does.
    for (const c of commands) spawnSync(c.argv[0] as string, c.argv.slice(1), { cwd: c.cwd, stdio: 'ignore', env: { ...process.env, ...c.env } });
    for (let round = 0; round < runs; round++) {
      // Which process runs first in a round shifts its median (the one after runs on a machine
      // its predecessor has just warmed or loaded): every other round runs them in reverse order.
      const order = commands.map((_, i) => (round % 2 === 0 ? i : commands.length - 1 - i));
      for (const i of order) {
        const c = commands[i] as TimedProcess;
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

/** The 4-line files the start-up rows check: one without an entry point, one simulated. */
export const STARTUP_FILES = {
  plain: 'struct Point {\n    x: i32,\n}\nconst ORIGIN: Point = Point { x: 0 };\n',
  runnable: 'fn main() {\n    let v = vec![1, 2, 3];\n    println!("{}", v.len());\n}\n',
};

/**
 * The start-up rows, bare Node first (the base of every ratio). Loading the CLI bundle without a
 * command splits a `check` into what any command pays (Node, the launcher, the bundle through the
 * code cache) and what checking a short file adds (the grammar, std's declarations, the checks).
 */
export function startupProcesses(root: string, files: { plain: string; runnable: string }): TimedProcess[] {
  const node = process.execPath;
  const bin = path.join(root, 'bin', 'rustmem.js');
  return [
    { name: '`node -e 0`', argv: [node, '-e', '0'], cwd: root, node: true },
    { name: 'the CLI bundle loaded, no command (`require(\'./dist/cli.js\')`)', argv: [node, '-e', "require('./dist/cli.js')"], cwd: root, node: true },
    { name: '`rustmem check` on a 4-line file', argv: [node, bin, 'check', files.plain], cwd: root, node: true },
    { name: '`rustmem check` on a 4-line file with `fn main` (simulated)', argv: [node, bin, 'check', files.runnable], cwd: root, node: true },
    {
      name: 'the same without the code cache (`RUSTMEM_CODE_CACHE=off`)',
      argv: [node, bin, 'check', files.runnable],
      cwd: root,
      node: true,
      env: { RUSTMEM_CODE_CACHE: 'off' },
    },
  ];
}

/** `npx rustmem check` on the 4-line file: npm starts first, so it is timed as a whole (wall only). */
export function npxProcess(root: string, plain: string): TimedProcess {
  return { name: '`npx rustmem check` on the 4-line file', argv: ['npx', 'rustmem', 'check', plain], cwd: root };
}
