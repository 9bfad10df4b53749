// On a large document the server answers hovers, lenses and code actions at once instead of
// waiting for the document's analysis: a feature that reads the whole file's structures (the
// layouts of all its types, its front end) leaves its part out until the analysis has built them,
// then the client is asked to fetch lenses and hints again; quick fixes come only with the
// diagnostics of the version they edit.
import * as assert from 'node:assert/strict';
import type { CodeAction, Hover, InitializeResult } from 'vscode-languageserver/node';
import { type LspSession, sessionPerTest } from '../lsp/session';
import { ON_DEMAND_CHARS } from '../../server/src/features/wholeFile';

const uri = 'file:///tmp/rustmem-large/large.rs';
// A comment makes the text long without making its analysis slow.
const padding = `// ${'x'.repeat(ON_DEMAND_CHARS)}`;
const text = [
  padding,
  'struct Pair {',
  '    a: u8,',
  '    b: u64,',
  '}',
  '',
  'fn main() {',
  '    let big = [0u8; 65536];',
  '    let p = Pair { a: 1, b: 2 };',
  '    println!("{} {} {}", big[0], p.a, p.b);',
  '}',
  '',
].join('\n');
const pairLine = 1;
const arrayLine = 7;

describe('a large document: requests do not wait for its analysis', function () {
  this.timeout(120_000);
  const newSession = sessionPerTest();

  /** A session that records, in order, the answers and notifications the test cares about. */
  async function start(): Promise<{ s: LspSession; events: string[]; refreshed: Promise<void> }> {
    const s = newSession();
    const events: string[] = [];
    let onRefresh: () => void = () => undefined;
    const refreshed = new Promise<void>((resolve) => {
      onRefresh = resolve;
    });
    s.connection.onRequest('workspace/codeLens/refresh', () => {
      events.push('lens refresh');
      onRefresh();
      return null;
    });
    await s.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid, rootUri: null,
      capabilities: { workspace: { configuration: true, codeLens: { refreshSupport: true } } },
    });
    await s.connection.sendNotification('initialized', {});
    return { s, events, refreshed };
  }

  it('hovers at once without the layouts, and with them once the analysis built them', async () => {
    const { s, events, refreshed } = await start();
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text } });
    const published = s.waitForDiagnostics((p) => p.uri === uri).then(() => events.push('diagnostics'));
    const hover = (line: number) => s.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character: 8 } });
    const early = await hover(pairLine);
    events.push('hover');
    await published;
    assert.deepEqual(events.filter((e) => e !== 'lens refresh'), ['hover', 'diagnostics'], 'the hover was answered before the analysis ended');
    assert.equal(early, null, 'no layout before the analysis built the layouts');
    // Once built (after the diagnostics), the client is asked to fetch lenses again.
    await refreshed;
    const later = await hover(pairLine);
    assert.match(JSON.stringify(later?.contents), /size 16 B/, 'the layout of `Pair` once built');
    const lenses = await s.connection.sendRequest<{ command?: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.ok(lenses.some((l) => /size 16 B/.test(l.command?.title ?? '')), JSON.stringify(lenses));
  });

  it('requests that arrive together share one settings request and one analysis', async () => {
    const { s } = await start();
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text } });
    const position = { line: pairLine, character: 8 };
    await Promise.all([
      s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }),
      s.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 12, character: 0 } } }),
      s.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } }),
      s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }),
    ]);
    await s.waitForDiagnostics((p) => p.uri === uri);
    assert.equal(s.configurationRequests.filter((r) => r.scopeUri === uri).length, 1, JSON.stringify(s.configurationRequests));
  });

  it('answers code actions before the checks end with none, and with the fixes after', async () => {
    const { s, events } = await start();
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text } });
    const published = s.waitForDiagnostics((p) => p.uri === uri).then((p) => {
      events.push('diagnostics');
      return p;
    });
    const range = { start: { line: arrayLine, character: 0 }, end: { line: arrayLine, character: 30 } };
    const ask = () => s.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
    const early = await ask();
    events.push('actions');
    const p = await published;
    assert.deepEqual(events.filter((e) => e !== 'lens refresh'), ['actions', 'diagnostics']);
    assert.deepEqual(early, [], 'no fixes before the diagnostics they fix');
    assert.ok(p.diagnostics.some((d) => d.code === 'large-stack-array'));
    const later = await ask();
    assert.ok(later.some((a) => /Allocate on the heap/.test(a.title)), later.map((a) => a.title).join(' | '));
  });
});
