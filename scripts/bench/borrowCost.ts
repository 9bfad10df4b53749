// What the borrow checker (its MIR and its two static checks, 'borrow checking' and
// 'use-after-move') costs on the long file, timed as it ships (issue #16 asks under 30 % of
// `check`):
//   - the pipeline's split, each stage's CPU, from the static checks bundled by esbuild with
//     the options of the Node bundles (tsx reads every imported name through a getter, which
//     inflates the engine's hot paths, the borrow checker's most);
//   - the same bundle in this warm process, all the static checks against all but the two,
//     interleaved, least of 9;
//   - whole cold `rustmem check` processes, the launcher with a copy of the CLI bundle in which
//     `RUSTMEM_BENCH_BORROWCK=off` drops the two checks. That switch exists only in the bench's
//     copy (scripts/bench/checkMain.ts); the CLI has none.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { Tree } from 'web-tree-sitter';
import type { initParser, parseRust } from '../../server/src/engine/parse/parser';
import type { hostParserWasm } from '../../server/src/engine/parse/wasmFiles';
import type { runStaticChecks } from '../../server/src/engine/analysis';
import type { STATIC_CHECKS } from '../../server/src/engine/checks';
import type { frontEnd } from '../../server/src/engine/frontEnd';
import type { DEFAULT_SETTINGS } from '../../protocol/settings';
import { timeProcesses } from './startup';
import { cpuNow, fmt, median } from './stats';

const root = path.resolve(__dirname, '..', '..');

/** The borrow checker's stages (its MIR, its checks, the uses after move it finds). */
export const BORROW_STAGES: ReadonlySet<string> = new Set(['borrow checking', 'use-after-move']);

interface Engine {
  initParser: typeof initParser;
  hostParserWasm: typeof hostParserWasm;
  parseRust: typeof parseRust;
  runStaticChecks: typeof runStaticChecks;
  STATIC_CHECKS: typeof STATIC_CHECKS;
  frontEnd: typeof frontEnd;
  DEFAULT_SETTINGS: typeof DEFAULT_SETTINGS;
}

type Plugin = esbuild.Plugin;

/** scripts/build.mjs's plugin that puts std's declarations into a bundle already lowered, as every shipped bundle has them. */
async function stdPlugin(): Promise<Plugin> {
  const mod = (await import(pathToFileURL(path.join(root, 'scripts', 'build', 'stdDeclarations.mjs')).href)) as {
    encodeStdDeclarations(root: string, dist: string): Promise<unknown>;
    stdDeclarationsPlugin(encoded: unknown): Plugin;
  };
  return mod.stdDeclarationsPlugin(await mod.encodeStdDeclarations(root, path.join(root, 'dist')));
}

/** Node bundle options of scripts/build.mjs (unminified, as `npm run build` makes dist/). */
function nodeOptions(plugin: Plugin): esbuild.BuildOptions {
  return {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    alias: { 'web-tree-sitter': require.resolve('web-tree-sitter') },
    plugins: [plugin],
    logLevel: 'error',
    absWorkingDir: root,
  };
}

function copyFromDist(dir: string, files: readonly string[]): void {
  for (const f of files) fs.copyFileSync(path.join(root, 'dist', f), path.join(dir, f));
}

/** The static checks bundled, loaded into this process; the grammar next to it. */
async function bundledEngine(dir: string, plugin: Plugin): Promise<Engine> {
  copyFromDist(dir, ['tree-sitter.wasm', 'tree-sitter-rust.wasm']);
  const out = path.join(dir, 'checks.js');
  await esbuild.build({
    ...nodeOptions(plugin),
    stdin: {
      contents: [
        "export { initParser, parseRust } from './server/src/engine/parse/parser';",
        "export { hostParserWasm } from './server/src/engine/parse/wasmFiles';",
        "export { runStaticChecks } from './server/src/engine/analysis';",
        "export { STATIC_CHECKS } from './server/src/engine/checks';",
        "export { frontEnd } from './server/src/engine/frontEnd';",
        "export { DEFAULT_SETTINGS } from './protocol/settings';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    outfile: out,
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require(out) as Engine;
  await engine.initParser(engine.hostParserWasm());
  return engine;
}

/**
 * Each stage's CPU in a run of the static checks as the pipeline runs them, on a fresh tree each
 * run: what checks share (the front end, the borrow check of the file, the layout environment) is
 * counted in the first check that asks for it, as it is paid there. Medians of `runs` after two.
 */
function pipelineSplit(e: Engine, file: string, text: string, runs: number): [string, number][] {
  const samples = new Map<string, number[]>();
  const timed = (name: string, run: () => void) => {
    const start = cpuNow();
    run();
    const ms = cpuNow() - start;
    const list = samples.get(name);
    if (list) list.push(ms);
    else samples.set(name, [ms]);
  };
  for (let r = 0; r < runs + 2; r++) {
    const tree = e.parseRust(text);
    try {
      timed('front end: lower and resolve', () => e.frontEnd(tree, text));
      timed('front end: typeck', () => void e.frontEnd(tree, text).types);
      for (const check of e.STATIC_CHECKS) {
        timed(check.name, () => e.runStaticChecks({ file, text, tree, settings: e.DEFAULT_SETTINGS }, (f) => {
          throw f.error;
        }, [check]));
      }
    } finally {
      tree.delete();
    }
  }
  return [...samples].map(([name, list]) => [name, median(list.slice(2))]);
}

/** All the static checks against all but the borrow checker's two, interleaved on fresh trees: the least CPU of `runs` each. */
function warmShare(e: Engine, file: string, text: string, runs: number): { withMs: number; withoutMs: number } {
  const without = e.STATIC_CHECKS.filter((c) => !BORROW_STAGES.has(c.name));
  const once = (checks: typeof e.STATIC_CHECKS): number => {
    const tree: Tree = e.parseRust(text);
    try {
      const start = cpuNow();
      e.runStaticChecks({ file, text, tree, settings: e.DEFAULT_SETTINGS }, (f) => {
        throw f.error;
      }, checks);
      return cpuNow() - start;
    } finally {
      tree.delete();
    }
  };
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(once(e.STATIC_CHECKS));
    b.push(once(without));
  }
  return { withMs: Math.min(...a), withoutMs: Math.min(...b) };
}

/**
 * A directory that runs as dist/ does (the launcher, the grammar, the worker) with the bench's
 * copy of the CLI bundle as `cliMain.js`, so `node DIR/cli.js check` is a `rustmem check`
 * process that `RUSTMEM_BENCH_BORROWCK=off` runs without the borrow checker.
 */
async function benchCli(dir: string, plugin: Plugin): Promise<string> {
  copyFromDist(dir, ['cli.js', 'simWorker.js', 'simWorkerMain.js']);
  await esbuild.build({ ...nodeOptions(plugin), entryPoints: [path.join(__dirname, 'checkMain.ts')], outfile: path.join(dir, 'cliMain.js') });
  return path.join(dir, 'cli.js');
}

/** Cold `rustmem check` processes on `file`, with and without the borrow checker, interleaved (each variant its own code cache). */
function coldShare(cli: string, file: string, dir: string, runs: number): { withMs: number; withoutMs: number } {
  const node = process.execPath;
  const variant = (name: string, borrowck: string) => ({
    name,
    argv: [node, cli, 'check', file],
    cwd: root,
    node: true,
    env: { RUSTMEM_BENCH_BORROWCK: borrowck, RUSTMEM_CACHE_DIR: path.join(dir, `cache-${name}`) },
  });
  const probe = spawnSync(node, [cli, 'check', file], { env: { ...process.env, RUSTMEM_BENCH_BORROWCK: 'off', RUSTMEM_CACHE_DIR: path.join(dir, 'cache-without') } });
  if (probe.status !== 0 && probe.status !== 1) throw new Error(`the bench's CLI failed: ${String(probe.stderr)}`);
  const [withT, withoutT] = timeProcesses([variant('with', 'on'), variant('without', 'off')], runs);
  return { withMs: withT!.cpuMs!, withoutMs: withoutT!.cpuMs! };
}

const share = (withMs: number, withoutMs: number) => `${Math.round((100 * (withMs - withoutMs)) / withoutMs)} %`;

/**
 * `npm run bench -- --only check`'s split and what the borrow checker adds, three ways; the last
 * line is the share in a whole cold process, the figure a user feels.
 */
export async function printBorrowCost(file: string, text: string, runs: number): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-bench-borrowck-'));
  try {
    const plugin = await stdPlugin();
    const engine = await bundledEngine(dir, plugin);
    const split = pipelineSplit(engine, path.basename(file), text, runs);
    console.log('\n| stage (CPU, bundled as it ships, fresh tree, median of 3) | ms |\n|---|---:|');
    for (const [name, ms] of split) console.log(`| ${name} | ${fmt(ms)} |`);
    const borrow = split.filter(([name]) => BORROW_STAGES.has(name)).reduce((n, [, ms]) => n + ms, 0);
    const rest = split.filter(([name]) => !BORROW_STAGES.has(name)).reduce((n, [, ms]) => n + ms, 0);
    const warm = warmShare(engine, path.basename(file), text, 9);
    const cli = await benchCli(dir, plugin);
    const cold = coldShare(cli, file, dir, 7);
    console.log('\n| what the borrow checker adds (CPU) | without | with | adds |\n|---|---:|---:|---:|');
    console.log(`| the split above: its two stages on the rest | ${fmt(rest)} | ${fmt(rest + borrow)} | ${share(rest + borrow, rest)} |`);
    console.log(`| the static checks in a warm process, interleaved, least of 9 | ${fmt(warm.withoutMs)} | ${fmt(warm.withMs)} | ${share(warm.withMs, warm.withoutMs)} |`);
    console.log(`| a whole cold \`rustmem check\` process, interleaved, median of 7 | ${fmt(cold.withoutMs)} | ${fmt(cold.withMs)} | ${share(cold.withMs, cold.withoutMs)} |`);
    console.log(`\nThe borrow checker (its MIR and checks) adds ${share(cold.withMs, cold.withoutMs)} to a cold \`rustmem check\` (${share(warm.withMs, warm.withoutMs)} warm).`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
