import * as assert from 'node:assert/strict';
import { TextDocumentSyncKind } from 'vscode-languageserver/node';
import type { InitializeResult } from 'vscode-languageserver/node';
import { type LspSession, sessionPerTest } from './session';
import { CODE_LENS_PROVIDERS, HOVER_PROVIDERS, INLAY_HINT_PROVIDERS } from '../../server/src/features/providers';

const uri = 'file:///tmp/rustmem-test/main.rs';
const broken = 'fn main() {\n    let x = 5\n    println!("{}", x);\n}\n';

describe('rustmem lsp --stdio', function () {
  const newSession = sessionPerTest();

  async function start(settings: Record<string, unknown> = {}): Promise<{ s: LspSession; init: InitializeResult }> {
    const s = newSession(settings);
    const init = await s.connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } },
    });
    await s.connection.sendNotification('initialized', {});
    return { s, init };
  }

  it('answers initialize with the capabilities it implements', async () => {
    const { init } = await start();
    const caps = init.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
    assert.equal(caps.hoverProvider !== undefined, HOVER_PROVIDERS.length > 0);
    assert.equal(caps.codeLensProvider !== undefined, CODE_LENS_PROVIDERS.length > 0);
    assert.equal(caps.inlayHintProvider !== undefined, INLAY_HINT_PROVIDERS.length > 0);
    assert.equal(init.serverInfo?.name, 'rustmem');
  });

  it('publishes a syntax error at its line, then an empty list once an edit fixes it, and exits 0', async () => {
    const { s } = await start();
    await s.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'rust', version: 1, text: broken },
    });
    const first = await s.waitForDiagnostics((p) => p.uri === uri);
    assert.equal(first.version, 1);
    assert.equal(first.diagnostics.length, 1);
    const [d] = first.diagnostics;
    assert.equal(d?.code, 'syntax-error');
    assert.equal(d?.range.start.line, 1);
    assert.equal(d?.message, 'expected `;` after `5`');
    assert.deepEqual(s.configurationRequests[0], { scopeUri: uri, section: 'rustMemory' });

    // Insert the missing `;` after `5` (line 1, character 13), as an incremental change.
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 1, character: 13 }, end: { line: 1, character: 13 } }, text: ';' }],
    });
    const fixed = await s.waitForDiagnostics((p) => p.uri === uri && p.version === 2);
    assert.deepEqual(fixed.diagnostics, []);
    assert.equal(await s.close(), 0);
  });

  it('debounces a burst of edits into one analysis of the last version', async () => {
    const { s } = await start();
    const text = 'fn main() {\n    let x = 1;\n}\n';
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text } });
    await s.waitForDiagnostics((p) => p.uri === uri && p.version === 1);
    // Type `let y = 2` one character at a time; the last keystroke leaves out the `;`.
    const typed = '    let y = 2\n';
    // Sent without waiting in between, as an editor does while someone types fast.
    const sent: Promise<void>[] = [];
    for (let i = 0; i < typed.length; i++) {
      sent.push(
        s.connection.sendNotification('textDocument/didChange', {
          textDocument: { uri, version: 2 + i },
          contentChanges: [{ range: { start: { line: 2, character: i }, end: { line: 2, character: i } }, text: typed[i] }],
        }),
      );
    }
    await Promise.all(sent);
    const last = 1 + typed.length;
    const published = await s.waitForDiagnostics((p) => p.uri === uri && p.version !== 1);
    assert.equal(published.version, last, 'the first publication after the burst is for the last version');
    assert.equal(published.diagnostics[0]?.code, 'syntax-error');
    assert.equal(published.diagnostics[0]?.range.start.line, 2);
  });

  it('ignores settings of the wrong type and keeps serving', async () => {
    const { s } = await start({ largeArrayThreshold: 'big', inlayHints: 3 });
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text: broken } });
    const first = await s.waitForDiagnostics((p) => p.uri === uri);
    assert.equal(first.diagnostics[0]?.code, 'syntax-error');
  });

  it('clears the diagnostics of a closed document', async () => {
    const { s } = await start();
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text: broken } });
    await s.waitForDiagnostics((p) => p.uri === uri && p.diagnostics.length > 0);
    await s.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const cleared = await s.waitForDiagnostics((p) => p.uri === uri && p.diagnostics.length === 0);
    assert.equal(cleared.version, undefined);
  });
});
