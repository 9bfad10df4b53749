// The language server's latency from an edit to its diagnostics, over `rustmem lsp --stdio` as an
// editor speaks it: the static diagnostics (published after the 100 ms debounce and the analysis)
// and the final ones (republished once the simulation of the same version has run); the CPU the
// server's main thread spent on each edit (read from /proc, where the system has it: wall times
// on a loaded machine count the time other processes had the cores); and how long a hover and
// the inlay hints take to answer while the simulation of the edit runs.
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { LspSession } from '../../test/lsp/session';
import { median } from './stats';

export interface EditLatency {
  lines: number;
  /** Edit → first diagnostics of the new version (ms). */
  staticMs: number;
  /** Edit → diagnostics after the simulation of the new version (ms). */
  finalMs: number;
  /** CPU of the server's main thread from the edit to its static diagnostics (ms); undefined without /proc. */
  analysisCpuMs?: number;
  /** A hover request sent once the static diagnostics are out, while the simulation runs (ms). */
  hoverMs: number;
  /** The same for the inlay hints of the whole file (ms). */
  inlayMs: number;
}

/** CPU time of the process's main thread in ms, from /proc (Linux); undefined elsewhere. */
function mainThreadCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // The first field is the time the thread has run, in nanoseconds.
    return Number(fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

export async function editLatency(text: string, edits: number): Promise<EditLatency> {
  const s = new LspSession();
  const uri = 'file:///bench/snippet.rs';
  // A use of a local in `main` (hovered while the run goes on); the first line is where the edits go.
  const lines = text.split('\n');
  const hoverLine = lines.findIndex((l) => /^\s+let first\b/.test(l));
  if (hoverLine < 0) throw new Error('the snippet has no `let first` to hover');
  const hoverAt = { line: hoverLine, character: (lines[hoverLine] as string).indexOf('first') + 1 };
  try {
    await s.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { hover: {}, inlayHint: {} } },
    });
    await s.connection.sendNotification('initialized', {});
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text } });
    // A file with `fn main` is published twice per version: static findings, then with the run's.
    await nthPublish(s, uri, 1, 2);
    const statics: number[] = [];
    const finals: number[] = [];
    const cpu: number[] = [];
    const hovers: number[] = [];
    const inlays: number[] = [];
    // Each edit appends a space to the first line, as typing does; the next edit waits for the last publish.
    for (let version = 2; version < edits + 2; version++) {
      const cpuBefore = mainThreadCpuMs(s.pid);
      const start = performance.now();
      await s.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }],
      });
      await nthPublish(s, uri, version, 1);
      statics.push(performance.now() - start);
      const cpuAfter = mainThreadCpuMs(s.pid);
      if (cpuBefore !== undefined && cpuAfter !== undefined) cpu.push(cpuAfter - cpuBefore);
      const running = s.diagnostics.filter((p) => p.uri === uri && p.version === version).length < 2;
      let t = performance.now();
      await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: hoverAt });
      if (running) hovers.push(performance.now() - t);
      t = performance.now();
      await s.connection.sendRequest('textDocument/inlayHint', {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } },
      });
      if (running) inlays.push(performance.now() - t);
      await nthPublish(s, uri, version, 2);
      finals.push(performance.now() - start);
    }
    return {
      lines: lines.length,
      staticMs: median(statics),
      finalMs: median(finals),
      ...(cpu.length > 0 ? { analysisCpuMs: median(cpu) } : {}),
      hoverMs: hovers.length > 0 ? median(hovers) : NaN,
      inlayMs: inlays.length > 0 ? median(inlays) : NaN,
    };
  } finally {
    await s.close();
  }
}

/** Resolves once the `n`-th publication of `version` has arrived. */
async function nthPublish(s: LspSession, uri: string, version: number, n: number): Promise<void> {
  const published = () => s.diagnostics.filter((p) => p.uri === uri && p.version === version).length;
  await s.waitForDiagnostics(() => published() >= n);
}
