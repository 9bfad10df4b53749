// The editor features work in any LSP client, not only in VS Code: every CodeLens carries a command
// the client can run (`workspace/executeCommand`), the Memory Inspector becomes a replay page
// outside VS Code, and hovers carry `command:` links only for the extension's own client.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CodeLens, Hover, InitializeResult } from 'vscode-languageserver/node';
import { type LspSession, sessionPerTest } from './session';
import { InspectMemoryServerCommand, ShowLayoutCommand, TraceRequest } from '../../protocol/lsp';
import { INSPECT_MEMORY_COMMAND } from '../../protocol/webview';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-editors-'));
const uri = `file://${folder}/points.rs`;
const text = `struct Point {
    x: u8,
    y: u32,
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let label = String::from("origin");
    println!("{} {} {}", p.x, p.y, label);
}
`;

describe('LSP commands in any editor', function () {
  const newSession = sessionPerTest();
  const shown: unknown[] = [];

  afterEach(() => {
    shown.length = 0;
  });

  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  async function start(capabilities: Record<string, unknown>): Promise<{ s: LspSession; init: InitializeResult }> {
    const s = newSession();
    s.connection.onRequest('window/showDocument', (params: unknown) => {
      shown.push(params);
      return { success: true };
    });
    const init = await s.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities });
    await s.connection.sendNotification('initialized', {});
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text } });
    // Wait for the run, so lenses and hovers read its trace.
    await s.connection.sendRequest(TraceRequest.method, { uri });
    return { s, init };
  }

  const lenses = (s: LspSession) => s.connection.sendRequest<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });

  it('gives every lens a command the server runs, and the inspector command writes a replay page outside the source tree', async () => {
    const { s, init } = await start({ window: { showDocument: { support: true } } });
    assert.deepEqual(init.capabilities.executeCommandProvider?.commands, [InspectMemoryServerCommand.command, ShowLayoutCommand.command]);
    const all = await lenses(s);
    assert.ok(all.length >= 2, JSON.stringify(all));
    for (const lens of all) assert.ok(lens.command?.command, `a lens without a command: ${JSON.stringify(lens)}`);
    const inspect = all.find((l) => l.command!.command === InspectMemoryServerCommand.command);
    assert.ok(inspect, 'the inspect lens runs the server command');
    assert.equal(inspect.range.start.line, 5);

    // Run the lens exactly as an editor does: its command and arguments, unchanged.
    const result = await s.connection.sendRequest<InspectMemoryServerCommand.Result>('workspace/executeCommand', {
      command: inspect.command!.command,
      arguments: inspect.command!.arguments,
    });
    assert.ok(result.uri.startsWith('file:'), result.uri);
    const file = fileURLToPath(result.uri.replace(/#.*$/, ''));
    assert.equal(file, result.path);
    assert.equal(path.dirname(file), path.join(os.tmpdir(), 'rustmem-replay'));
    assert.ok(!file.startsWith(folder), 'never into the source tree');
    const page = fs.readFileSync(file, 'utf8');
    assert.match(page, /<meta name="generator" content="rustmem replay">/);
    assert.match(page, /<title>Memory replay: points\.rs<\/title>/);
    assert.ok(result.steps > 0);
    assert.deepEqual(fs.readdirSync(folder), [], 'nothing written beside the source');
    assert.deepEqual(shown, [{ uri: result.uri, external: true }], 'the client is asked to open the page');

    // At a line: the page opens at the first step on it (1-based in the address).
    const atLine = await s.connection.sendRequest<InspectMemoryServerCommand.Result>('workspace/executeCommand', {
      command: InspectMemoryServerCommand.command,
      arguments: [uri, { line: 8 }],
    });
    assert.match(atLine.uri, /#step=\d+$/);
  });

  it('shows a type\'s layout from its lens, as a message any editor displays', async () => {
    const { s } = await start({});
    const layout = (await lenses(s)).find((l) => l.command!.command === ShowLayoutCommand.command);
    assert.ok(layout, 'the layout lens runs the server command');
    assert.equal(layout.command!.title, 'size 8 B · align 4 · padding 3 B');
    const message = new Promise<string>((resolve) => s.connection.onNotification('window/showMessage', (p: { message: string }) => resolve(p.message)));
    const answer = await s.connection.sendRequest<string>('workspace/executeCommand', { command: layout.command!.command, arguments: layout.command!.arguments });
    assert.equal(answer, 'struct Point: size 8 B, align 4, padding 3 B\n  offset 0: y (4 B)\n  offset 4: x (1 B)');
    assert.equal(await message, answer);
    assert.equal(shown.length, 0, 'a client without showDocument is not asked to open anything');
  });

  it('answers a command with bad arguments with an error that says why', async () => {
    const { s } = await start({});
    await assert.rejects(
      s.connection.sendRequest('workspace/executeCommand', { command: InspectMemoryServerCommand.command, arguments: [] }),
      /the first argument must be the URI of an open Rust or Markdown document/,
    );
    await assert.rejects(
      s.connection.sendRequest('workspace/executeCommand', { command: InspectMemoryServerCommand.command, arguments: [uri, { step: -1 }] }),
      /`step` must be a non-negative integer/,
    );
    await assert.rejects(s.connection.sendRequest('workspace/executeCommand', { command: 'nope', arguments: [] }), /unknown command `nope`/);
  });

  it('links hovers to the panel, and lenses to its command, only for the extension\'s client', async () => {
    const hoverAt = (s: LspSession) => s.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 7, character: 8 } });
    const plain = await start({});
    const plainHover = JSON.stringify((await hoverAt(plain.s))?.contents);
    assert.match(plainHover, /Memory after line 8/);
    assert.ok(!plainHover.includes('command:'), plainHover);
    plain.s.kill();

    const vscode = await start({ experimental: { rustMemory: { inspectorPanel: true } } });
    const vscodeHover = JSON.stringify((await hoverAt(vscode.s))?.contents);
    assert.ok(vscodeHover.includes(`command:${INSPECT_MEMORY_COMMAND}?`), vscodeHover);
    const inspect = (await lenses(vscode.s)).filter((l) => l.command!.command === INSPECT_MEMORY_COMMAND);
    assert.equal(inspect.length, 1);
    assert.equal(inspect[0]!.command!.arguments?.[0], uri);
  });
});
