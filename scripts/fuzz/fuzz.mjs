// `npm run fuzz -- --inputs N --seed S [--out DIR] [--cli-every K] [--cli FILE]`: mutates the goldens and
// examples (see mutate.mjs), drives the real language server over stdio with each input (open,
// diagnostics, hover, inlay hints, code lenses, code actions, close) and `rustmem check` with every
// K-th, and reports crashes, hangs (no answer in 10 s), error responses, `internal-error`
// diagnostics, request latency and the server's peak resident memory. Each failure is written to
// DIR, minimised by lines when `rustmem check` shows it too. Exits 1 when anything failed. `--cli`
// drives another build (a copy of dist/cli.js), to compare two builds on the same inputs.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generator, mutateOnce } from './mutate.mjs';
import { Server, Timeout } from './lspClient.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let CLI = path.join(root, 'dist', 'cli.js');
const HANG_MS = 10_000;
/** `rustmem check` runs spent minimising one failure: enough to drop most of a file, never long. */
const MINIMISE_TRIES = 12;

function options(argv) {
  const o = { inputs: 300, seed: 1, out: path.join(root, 'fuzz-failures'), cliEvery: 5 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--inputs') o.inputs = Number(value());
    else if (flag === '--seed') o.seed = Number(value());
    else if (flag === '--out') o.out = path.resolve(value());
    else if (flag === '--cli-every') o.cliEvery = Number(value());
    else if (flag === '--cli') o.cli = path.resolve(value());
    else throw new Error(`unknown option ${argv[i]} (usage: npm run fuzz -- --inputs N --seed S [--out DIR] [--cli-every K] [--cli FILE])`);
  }
  for (const k of ['inputs', 'seed', 'cliEvery']) if (!Number.isInteger(o[k]) || o[k] < 0) throw new Error(`--${k} needs a whole number`);
  return o;
}

function corpus() {
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.rs')) files.push(p);
    }
  };
  for (const d of ['examples', 'test/golden', 'test/cli/fixtures']) walk(path.join(root, d));
  files.sort();
  return files.map((f) => ({ name: path.relative(root, f), text: fs.readFileSync(f, 'utf8') }));
}

/** A position inside `text` (0-based line, UTF-16 column), drawn from `rng`. */
function positionIn(rng, text) {
  const lines = text.split('\n');
  const line = rng.int(lines.length);
  return { line, character: rng.int((lines[line]?.length ?? 0) + 1) };
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

/** `rustmem check --json` on `text`: what went wrong, or undefined. */
function checkWithCli(text, dir) {
  const file = path.join(dir, 'input.rs');
  fs.writeFileSync(file, text);
  const r = spawnSync(process.execPath, [CLI, 'check', '--json', file], { encoding: 'utf8', timeout: HANG_MS * 3, maxBuffer: 64 << 20 });
  if (r.error?.code === 'ETIMEDOUT') return { kind: 'hang', detail: `rustmem check ran over ${HANG_MS * 3} ms` };
  if (r.signal) return { kind: 'crash', detail: `rustmem check died of ${r.signal}` };
  if (r.status === 3) return { kind: 'internal-error', detail: r.stderr.trim().split('\n')[0] };
  if (r.status !== 0) return { kind: 'crash', detail: `rustmem check exited ${r.status}: ${r.stderr.trim().slice(0, 300)}` };
  try {
    JSON.parse(r.stdout);
  } catch {
    return { kind: 'crash', detail: 'rustmem check --json printed no JSON array' };
  }
  return undefined;
}

/** Removes chunks of lines while `rustmem check` still fails the same way (a bounded number of tries). */
function minimise(text, kind, dir) {
  let lines = text.split('\n');
  let tries = 0;
  for (let chunk = Math.ceil(lines.length / 2); chunk >= 1 && tries < MINIMISE_TRIES; chunk = Math.floor(chunk / 2)) {
    for (let at = 0; at < lines.length && tries < MINIMISE_TRIES; ) {
      const candidate = [...lines.slice(0, at), ...lines.slice(at + chunk)];
      tries++;
      if (checkWithCli(candidate.join('\n'), dir)?.kind === kind) lines = candidate;
      else at += chunk;
    }
  }
  return lines.join('\n');
}

async function main() {
  const o = options(process.argv.slice(2));
  if (o.cli) CLI = o.cli;
  if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const rng = generator(o.seed);
  const inputs = corpus();
  const scratch = fs.mkdtempSync(path.join(fs.realpathSync(process.env.TMPDIR ?? '/tmp'), 'rustmem-fuzz-'));
  const failures = [];
  const latencies = [];
  /** Latencies by LSP method: a slow hover hides behind fast lenses in one list. */
  const byMethod = {};
  /** Every request with its input, so the report can name the inputs that make the p99. */
  const timed = [];
  let peak = 0;
  /** Each input's own peak (VmHWM reset before it), to name the inputs that cost the most memory. */
  const peaks = [];
  let server = new Server(CLI);
  await server.initialize();
  const started = Date.now();

  const fail = (index, input, kind, detail) => {
    failures.push({ index, kind, detail, base: input.base, mutations: input.mutations, text: input.text });
    process.stdout.write(`  #${index} ${kind}: ${detail} (${input.base}: ${input.mutations.join(', ')})\n`);
  };
  const restart = async () => {
    peak = Math.max(peak, server.memory().peak);
    server.kill();
    server = new Server(CLI);
    await server.initialize();
  };

  for (let index = 0; index < o.inputs; index++) {
    const input = mutateOnce(rng, inputs);
    const uri = `file:///fuzz/input-${index}.rs`;
    // Every draw of this input is made before its first request: an input that hangs in one build
    // must not shift the inputs after it, so two builds' runs of one seed stay comparable.
    const hoverAt = positionIn(rng, input.text);
    const actionFrom = positionIn(rng, input.text);
    const actionTo = positionIn(rng, input.text);
    const ownPeak = server.resetPeak();
    try {
      server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text: input.text } });
      const first = await server.diagnostics(uri, 0, HANG_MS);
      const requests = [
        ['textDocument/hover', { textDocument: { uri }, position: hoverAt }],
        ['textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: input.text.split('\n').length, character: 0 } } }],
        ['textDocument/codeLens', { textDocument: { uri } }],
        ['textDocument/codeAction', { textDocument: { uri }, range: { start: actionFrom, end: actionTo }, context: { diagnostics: first.diagnostics } }],
      ];
      const answers = await Promise.all(requests.map(([method, params]) => server.request(method, params, HANG_MS).then((a) => ({ method, ...a }))));
      for (const a of answers) {
        latencies.push(a.ms);
        (byMethod[a.method] ??= []).push(a.ms);
        timed.push({ ms: a.ms, method: a.method.replace('textDocument/', ''), index, base: input.base, mutations: input.mutations, bytes: input.text.length });
        if (a.error) fail(index, input, 'error-response', `${a.method}: ${a.error}`);
      }
      // A runnable file is published again when its simulation ends (bounded by maxMillis).
      const runnable = !first.diagnostics.some((d) => d.code === 'syntax-error') && /fn\s+main\s*\(/.test(input.text);
      const last = runnable ? await server.diagnostics(uri, 1, HANG_MS).catch((e) => (e instanceof Timeout ? first : Promise.reject(e))) : first;
      for (const d of [...first.diagnostics, ...last.diagnostics]) {
        if (d.code === 'internal-error') {
          fail(index, input, 'internal-error', d.message);
          break;
        }
      }
      server.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
    } catch (error) {
      if (!server.alive) fail(index, input, 'crash', `server exited (${JSON.stringify(server.exit)})`);
      else if (error instanceof Timeout) fail(index, input, 'hang', error.message);
      else fail(index, input, 'crash', String(error?.message ?? error));
      await restart();
    }
    const now = server.memory().peak;
    // Which inputs raise the peak is what a memory regression needs: name them as they happen.
    if (now > peak + 32 * 2 ** 20) process.stdout.write(`  peak RSS ${(now / 2 ** 20).toFixed(0)} MiB after #${index} (${input.base}: ${input.mutations.join(', ')})\n`);
    peak = Math.max(peak, now);
    if (ownPeak) peaks.push({ bytes: now, index, base: input.base, mutations: input.mutations });
    if (o.cliEvery > 0 && index % o.cliEvery === 0) {
      const problem = checkWithCli(input.text, scratch);
      if (problem) fail(index, input, problem.kind, `${problem.detail} [cli]`);
    }
    if ((index + 1) % 50 === 0) process.stdout.write(`  ${index + 1}/${o.inputs} inputs, ${failures.length} failures, peak RSS ${(peak / 2 ** 20).toFixed(0)} MiB\n`);
  }
  peak = Math.max(peak, server.memory().peak);
  server.kill();

  latencies.sort((a, b) => a - b);
  const spread = (ms) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return { p50: Math.round(percentile(sorted, 50)), p99: Math.round(percentile(sorted, 99)), max: Math.round(sorted.at(-1) ?? 0) };
  };
  const count = (k) => failures.filter((f) => f.kind === k).length;
  const report = {
    inputs: o.inputs, seed: o.seed, seconds: Math.round((Date.now() - started) / 1000),
    crashes: count('crash'), hangs: count('hang'), errorResponses: count('error-response'), internalErrors: count('internal-error'),
    peakRssMiB: Math.round(peak / 2 ** 20),
    requestMs: spread(latencies),
    byMethod: Object.fromEntries(Object.entries(byMethod).map(([m, ms]) => [m.replace('textDocument/', ''), spread(ms)])),
  };
  process.stdout.write(`fuzz: ${JSON.stringify(report)}\n`);
  // The slowest requests (all over the p99, and at least 12): which method on which input, to
  // find what holds the server.
  const p99 = percentile(latencies, 99);
  const slowest = timed.sort((a, b) => b.ms - a.ms);
  for (const r of slowest.slice(0, Math.max(12, slowest.filter((q) => q.ms >= p99).length))) {
    process.stdout.write(`  slow: ${Math.round(r.ms)} ms ${r.method} #${r.index} (${r.base}: ${r.mutations.join(', ')}; ${r.bytes} bytes)\n`);
  }
  // The inputs with the highest peaks of their own (the server's memory when each began included).
  for (const p of peaks.sort((a, b) => b.bytes - a.bytes).slice(0, 12)) {
    process.stdout.write(`  memory: ${(p.bytes / 2 ** 20).toFixed(0)} MiB #${p.index} (${p.base}: ${p.mutations.join(', ')})\n`);
  }
  // The figures first: minimising runs `rustmem check` again and again and may take minutes.
  if (failures.length) fs.mkdirSync(o.out, { recursive: true });
  for (const f of failures) {
    const shown = checkWithCli(f.text, scratch)?.kind === f.kind ? minimise(f.text, f.kind, scratch) : f.text;
    const name = `seed${o.seed}-input${f.index}-${f.kind}`;
    fs.writeFileSync(path.join(o.out, `${name}.rs`), shown);
    fs.writeFileSync(path.join(o.out, `${name}.json`), `${JSON.stringify({ ...f, text: undefined, minimised: shown.length < f.text.length }, null, 2)}\n`);
  }
  fs.rmSync(scratch, { recursive: true, force: true });

  if (failures.length) process.stdout.write(`fuzz: failures written to ${o.out}\n`);
  const failed = report.crashes + report.hangs + report.errorResponses + report.internalErrors;
  process.stdout.write(`fuzz: ${o.inputs - new Set(failures.map((f) => f.index)).size} passed, ${new Set(failures.map((f) => f.index)).size} failed\n`);
  process.exitCode = failed > 0 ? 1 : 0;
}

// A write to a server the harness just killed rejects inside the JSON-RPC writer: not a finding.
process.on('unhandledRejection', (error) => {
  if (error?.code !== 'ERR_STREAM_DESTROYED') throw error;
});

main().catch((error) => {
  process.stderr.write(`fuzz: ${error?.stack ?? error}\n`);
  process.exitCode = 2;
});
