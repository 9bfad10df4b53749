// Zed is not packaged for Debian, so the README's Zed settings are tested by driving the server the
// way Zed does with them: the command from `lsp.rustmem.binary`, and each `workspace/configuration`
// item answered with the value under its section in `lsp.rustmem.settings`.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { distFile } from '../support/dist';

const root = path.join(__dirname, '..', '..');

interface ZedSettings {
  lsp: { rustmem: { binary: { path: string; arguments: string[] }; settings: Record<string, unknown> } };
  languages: { Rust: { language_servers: string[] } };
}

function readmeSnippet(): ZedSettings {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const m = /<!-- zed-snippet -->\n```json\n([\s\S]*?)\n```/.exec(readme);
  assert.ok(m, 'the README has the Zed settings after their marker');
  return JSON.parse(m[1]!.replace('/path/to/rust-memory-inspector/dist/cli.js', distFile('cli.js'))) as ZedSettings;
}

// 20,000 bytes on the stack: over the snippet's largeArrayThreshold (16,384).
const PROGRAM = 'fn main() {\n    let big = [0u8; 20_000];\n    println!("{}", big.len());\n}\n';
const uri = 'file:///tmp/rustmem-zed/main.rs';

describe('Zed (the README settings, driven as Zed drives a server)', function () {
  this.timeout(60_000);

  it('starts from `binary`, reads `settings` through workspace/configuration, and reports with them', async () => {
    const zed = readmeSnippet();
    assert.ok(zed.languages.Rust.language_servers.includes('rustmem'));
    const { path: command, arguments: args } = zed.lsp.rustmem.binary;
    assert.equal(command, 'node');
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const asked: unknown[] = [];
    const published: PublishDiagnosticsParams[] = [];
    let wake = () => undefined as void;
    conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) =>
      p.items.map((item) => {
        asked.push(item);
        return item.section ? zed.lsp.rustmem.settings[item.section] ?? null : zed.lsp.rustmem.settings;
      }),
    );
    conn.onRequest('client/registerCapability', () => null);
    conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      published.push(p);
      wake();
    });
    conn.listen();
    try {
      await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } } });
      await conn.sendNotification('initialized', {});
      await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text: PROGRAM } });
      while (!published.some((p) => p.uri === uri)) await new Promise<void>((resolve) => (wake = resolve));
      const codes = published.find((p) => p.uri === uri)!.diagnostics.map((d) => `${d.range.start.line + 1}:${String(d.code)}`);
      assert.ok(codes.includes('2:large-stack-array'), codes.join(', '));
      assert.ok(asked.some((item) => (item as { section?: string }).section === 'rustMemory'), JSON.stringify(asked));
    } finally {
      conn.dispose();
      child.kill();
    }
  });
});
