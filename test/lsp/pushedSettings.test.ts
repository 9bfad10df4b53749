// A client without `workspace/configuration` (a minimal editor plugin, a script) sets thresholds
// through `initializationOptions` and changes them with `workspace/didChangeConfiguration`.
import * as assert from 'node:assert/strict';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { type LspSession, sessionPerTest } from './session';

const uri = 'file:///tmp/rustmem-test/pushed_settings.rs';
// 20,000 bytes on the stack: over the default threshold (16,384), under 100,000, over 1,000.
const text = 'fn main() {\n    let buffer = [0u8; 20000];\n    println!("{}", buffer.len());\n}\n';

const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);

describe('settings from a client without workspace/configuration', function () {
  const newSession = sessionPerTest();

  async function start(initializationOptions: unknown): Promise<LspSession> {
    const s = newSession();
    // Exactly what such a client sends: no `workspace.configuration`, no dynamic registration.
    await s.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions });
    await s.connection.sendNotification('initialized', {});
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text } });
    return s;
  }

  it('reads initializationOptions, then the settings of didChangeConfiguration, and never asks for configuration', async () => {
    const s = await start({ rustMemory: { largeArrayThreshold: 100000 } });
    const first = await s.waitForDiagnostics((p) => p.uri === uri);
    assert.ok(!codes(first).includes('large-stack-array'), JSON.stringify(first.diagnostics));

    const before = s.diagnostics.length;
    await s.connection.sendNotification('workspace/didChangeConfiguration', { settings: { rustMemory: { largeArrayThreshold: 1000 } } });
    const after = await s.waitForDiagnostics((p) => s.diagnostics.indexOf(p) >= before && p.uri === uri && codes(p).includes('large-stack-array'));
    const d = after.diagnostics.find((x) => x.code === 'large-stack-array')!;
    assert.equal(d.range.start.line, 1);
    assert.deepEqual(s.configurationRequests, [], 'the server must not ask a client that cannot answer');
    assert.equal(await s.close(), 0);
  });

  it('takes the section itself as initializationOptions, and the defaults without any', async () => {
    const s = await start({ largeArrayThreshold: 100000 });
    const first = await s.waitForDiagnostics((p) => p.uri === uri);
    assert.ok(!codes(first).includes('large-stack-array'), JSON.stringify(first.diagnostics));
    s.kill();

    const plain = await start(undefined);
    const defaults = await plain.waitForDiagnostics((p) => p.uri === uri);
    assert.ok(codes(defaults).includes('large-stack-array'), 'the default threshold (16384) applies');
  });
});
