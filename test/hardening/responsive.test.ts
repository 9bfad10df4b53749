import * as assert from 'node:assert/strict';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { type LspSession, sessionPerTest } from '../lsp/session';
import { longVec } from './programs';

// The static checks of a long document take seconds; the server runs them one per turn of its event
// loop, so requests about other documents (and newer versions) are answered in between.
const BIG = longVec(30_000);
const SMALL = 'struct Pair {\n    a: u8,\n    b: u64,\n}\n';
const big = 'file:///tmp/rustmem-responsive/big.rs';
const small = 'file:///tmp/rustmem-responsive/small.rs';

describe('the server answers while static checks run', function () {
  this.timeout(120_000);
  const newSession = sessionPerTest();

  async function start(): Promise<LspSession> {
    const s = newSession();
    await s.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await s.connection.sendNotification('initialized', {});
    return s;
  }

  const open = (s: LspSession, uri: string, text: string) =>
    s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text } });
  const published = (s: LspSession, uri: string) => s.diagnostics.filter((p) => p.uri === uri);

  it('hovers another document while the long document\'s checks run, not after them', async () => {
    const s = await start();
    await open(s, small, SMALL);
    await open(s, big, BIG);
    const sent = performance.now();
    // The lens request starts the long document's analysis; the hover comes right behind it.
    const lens = s.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: big } });
    const hover = s.connection.sendRequest<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri: small }, position: { line: 0, character: 8 } }).then((h) => ({ h, ms: performance.now() - sent }));
    const done = await s.waitForDiagnostics((p) => p.uri === big);
    const checksMs = performance.now() - sent;
    await lens;
    const answered = await hover;
    assert.match(JSON.stringify(answered.h?.contents), /size 16 B/, 'the hover on `Pair` gives its layout');
    // Measured against the same run's own check time, not a fixed figure: a hover that waited for
    // the checks would take as long as they did. It may wait for the turn that is running, and the
    // first turns (the long document's parse, its front end, the largest check) are 30–50 % of
    // the whole on an idle machine, so the bound is three quarters.
    assert.ok(answered.ms < checksMs * 0.75, `the hover took ${Math.round(answered.ms)} ms of the checks' ${Math.round(checksMs)} ms`);
    // The checks went on to the end: the use of the moved `s` (line 4) is reported.
    assert.deepEqual(done.diagnostics.map((d) => `${d.range.start.line + 1}:${String(d.code)}`), ['4:use-after-move']);
  });

  it('drops the checks of a version as soon as a newer one arrives', async () => {
    const s = await start();
    await open(s, big, BIG);
    await s.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: big } });
    // Version 2 no longer uses the moved value.
    const fixed = BIG.replace('    println!("{}", s);\n', '    println!("{}", t);\n');
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri: big, version: 2 }, contentChanges: [{ text: fixed }] });
    await s.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: big } });
    const done: PublishDiagnosticsParams = await s.waitForDiagnostics((p) => p.uri === big);
    assert.equal(done.version, 2, 'the first publication is of the newer version: the older one was never finished');
    assert.deepEqual(done.diagnostics.filter((d) => d.code === 'use-after-move'), []);
    assert.deepEqual(published(s, big).filter((p) => p.version === 1), []);
  });
});
