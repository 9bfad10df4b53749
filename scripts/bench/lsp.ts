// The language server's latency from an edit to its diagnostics, over `rustmem lsp --stdio` as an
// editor speaks it: the static diagnostics (published after the 200 ms debounce and the analysis)
// and the final ones (republished once the simulation of the same version has run).
import { performance } from 'node:perf_hooks';
import { LspSession } from '../../test/lsp/session';
import { median } from './stats';

export interface EditLatency {
  lines: number;
  /** Edit → first diagnostics of the new version (ms). */
  staticMs: number;
  /** Edit → diagnostics after the simulation of the new version (ms). */
  finalMs: number;
}

export async function editLatency(text: string, edits: number): Promise<EditLatency> {
  const s = new LspSession();
  const uri = 'file:///bench/snippet.rs';
  try {
    await s.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await s.connection.sendNotification('initialized', {});
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text } });
    // A file with `fn main` is published twice per version: static findings, then with the run's.
    await nthPublish(s, uri, 1, 2);
    const statics: number[] = [];
    const finals: number[] = [];
    // Each edit appends a space to the first line, as typing does; the next edit waits for the last publish.
    for (let version = 2; version < edits + 2; version++) {
      const start = performance.now();
      await s.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: ' ' }],
      });
      await nthPublish(s, uri, version, 1);
      statics.push(performance.now() - start);
      await nthPublish(s, uri, version, 2);
      finals.push(performance.now() - start);
    }
    return { lines: text.split('\n').length, staticMs: median(statics), finalMs: median(finals) };
  } finally {
    await s.close();
  }
}

/** Resolves once the `n`-th publication of `version` has arrived. */
async function nthPublish(s: LspSession, uri: string, version: number, n: number): Promise<void> {
  const published = () => s.diagnostics.filter((p) => p.uri === uri && p.version === version).length;
  await s.waitForDiagnostics(() => published() >= n);
}
