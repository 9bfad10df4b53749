// `npm run bench`: a report of the figures that make the product feel instant or not, printed as
// Markdown tables (the README's Performance section quotes them). It never fails on a timing: CI
// runs it after the tests as a report. On a shared or loaded machine read the ratios, which are
// measured side by side in the same run.
//   start-up       `rustmem check` on a 4-line file, as processes, against a bare `node -e 0`
//   check at size  `rustmem check` on a generated 5,000-line file beyond start-up, against the
//                  tree-sitter parse of the same text
//   editor         parse, re-parse after a keystroke and static checks per file; each check
//   language server  edit → diagnostics for a 300-line snippet (static, then with the run)
//   simulator      loop iterations per second without a trace; a traced 1,000,000-step run
// Usage: npm run bench [-- --runs N] [-- --front-end] [-- --only startup|simulator|check|lsp]
//   (`--front-end`: only the front end's table; `--only`: only that section)
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { initParser, parseRust, editFor } from '../server/src/engine/parse/parser';
import { runStaticChecks } from '../server/src/engine/analysis';
import { DEFAULT_SETTINGS } from '../protocol/settings';
import { cpuNow, fmt, generatedFile, median, ratio, thousands, time, timeFresh } from './bench/stats';
import { benchHeapLayout } from './bench/heapLayout';
import { frontEndFigures } from './bench/frontEnd';
import { npxProcess, STARTUP_FILES, startupProcesses, timeProcesses, type ProcessTiming } from './bench/startup';
import { editLatency } from './bench/lsp';
import { simulationFigures } from './bench/simulation';
import { printBorrowCost } from './bench/borrowCost';

const root = path.resolve(__dirname, '..');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 7;
const PROCESS_RUNS = 7;

/**
 * CPU of the static checks on a tree parsed afresh for each run (the parse not counted), as an
 * edit makes them run: the front end and the borrow checker cache their results on the tree, so
 * a tree reused between runs would time only what is not cached.
 */
function staticChecksMs(file: string, text: string, runs: number): number {
  return timeFresh(
    () => parseRust(text),
    (tree) => runStaticChecks({ file, text, tree, settings: DEFAULT_SETTINGS }, (f) => {
      throw f.error;
    }),
    runs,
    (tree) => tree.delete(),
  );
}

function editorRow(name: string, text: string, runs = RUNS): string {
  const parse = time(() => parseRust(text).delete(), runs);
  // One keystroke in the middle of the file, re-parsed with the old tree (what the server does).
  const at = text.indexOf('\n', text.length >> 1) + 1;
  const edited = `${text.slice(0, at)} ${text.slice(at)}`;
  const base = parseRust(text);
  const reparse = time(() => {
    const old = base.copy();
    old.edit(editFor(text, at, at, ' '));
    parseRust(edited, old).delete();
    old.delete();
  }, runs);
  base.delete();
  const checks = staticChecksMs(name, text, runs);
  return `| ${name} | ${text.split('\n').length} | ${fmt(parse)} | ${fmt(reparse)} | ${fmt(checks)} |`;
}

/** Edit → diagnostics through `rustmem lsp --stdio` for a snippet of about 300 lines with `fn main`. */
async function printLspTable(sources: readonly string[], files: readonly string[]): Promise<void> {
  // A runnable example, then whole copies of the examples, each in its own module (no second
  // entry point, and no copy cut in the middle).
  // Its types are renamed per copy: the simulator refuses two types of one name, and the run is
  // what the final diagnostics wait for.
  const snippet = `${sources[files.indexOf('ownership_and_drops.rs')]}\n${generatedFile(sources, 260, true)}`;
  const lsp = await editLatency(snippet, 5);
  console.log(`\n| language server, ${lsp.lines}-line snippet with \`fn main\` (wall, median of 5 edits) | ms |`);
  console.log('|---|---:|');
  console.log(`| edit → static diagnostics (includes the 100 ms debounce) | ${fmt(lsp.staticMs)} |`);
  console.log(`| edit → final diagnostics, after the simulation | ${fmt(lsp.finalMs)} |`);
  const cpu = lsp.analysisCpuMs === undefined ? 'not measured (no /proc)' : fmt(lsp.analysisCpuMs);
  console.log(`| the server's main thread from the edit to the static diagnostics (CPU: re-parse, static checks, messages) | ${cpu} |`);
  const whileRunning = (ms: number) => (Number.isNaN(ms) ? 'not measured (every run ended before the request)' : fmt(ms));
  console.log(`| a hover while the simulation runs | ${whileRunning(lsp.hoverMs)} |`);
  console.log(`| the file's inlay hints while the simulation runs | ${whileRunning(lsp.inlayMs)} |`);
}

async function printSimulationTable(runs: number): Promise<void> {
  const sim = await simulationFigures(runs);
  console.log('\n| simulator (in-process, CPU, bundled as it ships; each row the whole run: parse, checks, run) | figure |');
  console.log('|---|---:|');
  for (const loop of sim.loops) console.log(`| ${loop.name}, 1,000,000 iterations without a trace | ${thousands(loop.iterationsPerSecond)} iterations/s (${fmt(loop.ms)} ms) |`);
  console.log(`| a loop traced for ${thousands(sim.tracedSteps)} steps | ${fmt(sim.tracedMs)} ms |`);
  console.log(`| its trace on the wire (\`rustmem trace --json\`, \`rustMemory/trace\`, replay pages: step columns) | ${thousands(sim.jsonBytesPerStep)} B/step (encoded and written in ${fmt(sim.encodeMs)} ms) |`);
  console.log(`| its trace in memory (heap and typed arrays) | ${thousands(sim.heapBytesPerStep)} B/step |`);
}

/** `npm run bench -- --only startup`: the start-up table alone (about a minute, most of it npx). */
function printStartupOnly(): void {
  if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('dist/ is not built: run `npm run build` first');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-bench-'));
  try {
    const plain = path.join(tmp, 'four.rs');
    const runnable = path.join(tmp, 'four_main.rs');
    fs.writeFileSync(plain, STARTUP_FILES.plain);
    fs.writeFileSync(runnable, STARTUP_FILES.runnable);
    console.log(`Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the start, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.\n`);
    const startup = timeProcesses(startupProcesses(root, { plain, runnable }), PROCESS_RUNS);
    const [npx] = timeProcesses([npxProcess(root, plain)], 3);
    const bare = startup[0]!;
    console.log(`| process (median of ${PROCESS_RUNS}; npx of 3) | wall ms | × \`node -e 0\` | CPU ms | × \`node -e 0\` |`);
    console.log('|---|---:|---:|---:|---:|');
    for (const t of [...startup, npx!]) {
      const cpu = t.cpuMs === undefined ? '| |' : `| ${fmt(t.cpuMs)} | ${ratio(t.cpuMs, bare.cpuMs!)} |`;
      console.log(`| ${t.name} | ${fmt(t.wallMs)} | ${ratio(t.wallMs, bare.wallMs)} ${cpu}`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * `rustmem check` on the long file beyond start-up, against the parse floor and against the same
 * parse and static checks in a warm process (on a fresh tree): the difference between the two is
 * what a cold process pays (code not yet compiled, a worker if one starts).
 */
function printCheckAtSize(large: string, beyond: number, runs: number): void {
  const parseFloor = time(() => parseRust(large).delete(), runs);
  const warm = timeFresh(() => undefined, () => {
    const tree = parseRust(large);
    runStaticChecks({ file: 'generated.rs', text: large, tree, settings: DEFAULT_SETTINGS }, (f) => {
      throw f.error;
    });
    tree.delete();
  }, 3);
  console.log(`\n| check at size (CPU) | ms | × the parse floor |\n|---|---:|---:|`);
  console.log(`| tree-sitter parse of the generated file (the parse floor, in-process) | ${fmt(parseFloor)} | 1.00× |`);
  console.log(`| \`rustmem check\` on it beyond start-up (minus the 4-line check) | ${fmt(beyond)} | ${ratio(beyond, parseFloor)} |`);
  console.log(`| its parse and static checks in a warm process (a fresh tree each run, median of 3) | ${fmt(warm)} | ${ratio(warm, parseFloor)} |`);
}

async function main(): Promise<void> {
  // `npm run bench -- --only simulator`: the simulator's table alone (a few seconds).
  const only = process.argv.indexOf('--only');
  if (only > 0 && process.argv[only + 1] === 'simulator') {
    console.log(`Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`);
    return printSimulationTable(runsArg > 0 ? RUNS : 3);
  }
  if (only > 0 && process.argv[only + 1] === 'startup') return printStartupOnly();
  const bin = path.join(root, 'bin', 'rustmem.js');
  await initParser();
  const dir = path.join(root, 'examples');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.rs')).sort();
  const sources = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  if (process.argv.includes('--front-end')) {
    console.log(`Node ${process.version}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}.`);
    await frontEndFigures(sources, RUNS);
    return;
  }
  if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) throw new Error('dist/ is not built: run `npm run build` first');
  const large = generatedFile(sources, 5000);
  const section = only > 0 ? process.argv[only + 1] : undefined;
  if (section === 'lsp') return printLspTable(sources, files);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-bench-'));
  try {
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(tmp, name), text);
      return path.join(tmp, name);
    };
    const plain = write('four.rs', STARTUP_FILES.plain);
    const runnable = write('four_main.rs', STARTUP_FILES.runnable);
    const big = write('generated.rs', large);

    console.log(`Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} at the start, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.\n`);
    const node = process.execPath;
    if (section === 'check') {
      // `npm run bench -- --only check`: the long file alone, against the 4-line check (5 runs each, interleaved).
      const [four, long] = timeProcesses([
        { name: '4-line', argv: [node, bin, 'check', plain], cwd: root, node: true },
        { name: 'long', argv: [node, bin, 'check', big], cwd: root, node: true },
      ], 5) as [ProcessTiming, ProcessTiming];
      console.log(`\`rustmem check\` CPU ms (median of 5): the 4-line file ${fmt(four.cpuMs!)}, the generated ${large.split('\n').length}-line file ${fmt(long.cpuMs!)}.`);
      printCheckAtSize(large, long.cpuMs! - four.cpuMs!, RUNS);
      await printBorrowCost(big, large, 3);
      return;
    }
    const startup = timeProcesses(startupProcesses(root, { plain, runnable }), PROCESS_RUNS);
    const [bare, , small] = startup as [(typeof startup)[0], (typeof startup)[0], (typeof startup)[0]];
    const [generated, npx] = timeProcesses(
      [
        { name: `\`rustmem check\` on the generated ${large.split('\n').length}-line file`, argv: [node, bin, 'check', big], cwd: root, node: true },
        npxProcess(root, plain),
      ],
      3,
    ) as [(typeof startup)[0], (typeof startup)[0]];
    console.log(`| process (median of ${PROCESS_RUNS}; the last two of 3) | wall ms | × \`node -e 0\` | CPU ms | × \`node -e 0\` |`);
    console.log('|---|---:|---:|---:|---:|');
    for (const t of [...startup, generated, npx]) {
      const cpu = t.cpuMs === undefined ? '| |' : `| ${fmt(t.cpuMs)} | ${ratio(t.cpuMs, bare.cpuMs!)} |`;
      console.log(`| ${t.name} | ${fmt(t.wallMs)} | ${ratio(t.wallMs, bare.wallMs)} ${cpu}`);
    }

    printCheckAtSize(large, generated.cpuMs! - small.cpuMs!, RUNS);

    console.log(`\n| editor: file (CPU, median of ${RUNS}) | lines | parse (ms) | re-parse after a keystroke (ms) | static checks (ms) |`);
    console.log('|---|---:|---:|---:|---:|');
    for (const [i, f] of files.entries()) console.log(editorRow(`examples/${f}`, sources[i] as string));
    console.log(editorRow('generated (the examples repeated; median of 3)', large, 3));
    await printBorrowCost(big, large, 3);
    await frontEndFigures(sources, 3);

    await printLspTable(sources, files);

    await printSimulationTable(3);

    await benchHeapLayout((samples) => median(samples), fmt);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
