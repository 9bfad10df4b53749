// `node scripts/fuzz/responsiveness.mjs`: how fast the real server (`rustmem lsp --stdio`) answers
// hover, inlay hints, code lenses and code actions (1) while a simulation runs in its worker and
// (2) right after a 1 MB document arrives, and its resident memory holding that document. Prints
// p50/p99/max per scenario and per method; a measurement, not a test (it never fails on a figure).
// `--cli FILE` measures another build (a copy of dist/cli.js), to compare two builds.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Server } from './lspClient.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const cliAt = process.argv.indexOf('--cli');
const CLI = cliAt >= 0 ? path.resolve(process.argv[cliAt + 1]) : path.join(root, 'dist', 'cli.js');

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

const METHODS = ['hover', 'inlayHint', 'codeLens', 'codeAction'];

/** Sends the four requests every `gapMs` for `rounds` rounds; returns the latencies, all and by method. */
async function hammer(server, uri, lines, rounds, gapMs) {
  const all = [];
  const byMethod = Object.fromEntries(METHODS.map((m) => [m, []]));
  for (let i = 0; i < rounds; i++) {
    const position = { line: i % lines, character: 4 };
    const range = { start: { line: 0, character: 0 }, end: { line: lines, character: 0 } };
    const answers = await Promise.all([
      server.request('textDocument/hover', { textDocument: { uri }, position }, 60_000),
      server.request('textDocument/inlayHint', { textDocument: { uri }, range }, 60_000),
      server.request('textDocument/codeLens', { textDocument: { uri } }, 60_000),
      server.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }, 60_000),
    ]);
    answers.forEach((a, k) => {
      all.push(a.ms);
      byMethod[METHODS[k]].push(a.ms);
    });
    await new Promise((r) => setTimeout(r, gapMs));
  }
  for (const ms of [all, ...Object.values(byMethod)]) ms.sort((a, b) => a - b);
  return { all, byMethod };
}

function line(name, { all, byMethod }) {
  const f = (x) => x.toFixed(1);
  const methods = METHODS.map((m) => f(percentile(byMethod[m], 99))).join(' | ');
  process.stdout.write(`| ${name} | ${all.length} | ${f(percentile(all, 50))} | ${f(percentile(all, 99))} | ${f(all.at(-1) ?? 0)} | ${methods} |\n`);
}

async function main() {
  const server = new Server(CLI);
  await server.initialize();
  process.stdout.write(`| scenario | requests | p50 ms | p99 ms | max ms | ${METHODS.map((m) => `${m} p99`).join(' | ')} |\n|---|---:|---:|---:|---:|${METHODS.map(() => '---:|').join('')}\n`);

  // 1. A program that runs until the time limit (2 s): requests while the worker simulates.
  const busy = 'fn main() {\n    let mut n: u64 = 0;\n    loop {\n        n = n.wrapping_add(1);\n    }\n}\n';
  const busyUri = 'file:///measure/busy.rs';
  server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: busyUri, languageId: 'rust', version: 1, text: busy } });
  await server.diagnostics(busyUri, 0, 30_000);
  line('while a simulation runs (2 s)', await hammer(server, busyUri, 6, 60, 20));
  server.conn.sendNotification('textDocument/didClose', { textDocument: { uri: busyUri } });

  // 2. A 1 MB document: the examples repeated, items renamed, until the text is 1 MB.
  const examples = fs.readdirSync(path.join(root, 'examples')).filter((f) => f.endsWith('.rs')).map((f) => fs.readFileSync(path.join(root, 'examples', f), 'utf8'));
  const parts = [];
  let size = 0;
  for (let copy = 0; size < 1_000_000; copy++) {
    for (const text of examples) {
      const renamed = text.replace(/\bfn (\w+)/g, (m, n) => (n === 'main' && copy === 0 ? m : `fn ${n}_${copy}`)).replace(/\b(struct|enum) (\w+)/g, `$1 $2${copy}`);
      parts.push(renamed);
      size += renamed.length;
    }
  }
  const big = parts.join('\n');
  const bigUri = 'file:///measure/big.rs';
  const before = server.memory().rss;
  const opened = performance.now();
  server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'rust', version: 1, text: big } });
  const during = await hammer(server, bigUri, big.split('\n').length, 5, 0);
  await server.diagnostics(bigUri, 0, 120_000);
  const analysed = performance.now() - opened;
  line(`a ${(big.length / 1e6).toFixed(2)} MB document just opened (first analysis ${Math.round(analysed)} ms)`, during);
  line('the same document, analysed', await hammer(server, bigUri, big.split('\n').length, 30, 10));
  const mem = server.memory();
  process.stdout.write(`\nserver resident memory: ${(before / 2 ** 20).toFixed(0)} MiB before the 1 MB document, ${(mem.rss / 2 ** 20).toFixed(0)} MiB holding it, peak ${(mem.peak / 2 ** 20).toFixed(0)} MiB\n`);
  server.kill();
}

main().catch((e) => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exitCode = 2;
});
