import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InitializeResult } from 'vscode-languageserver/node';
import { TraceRequest } from '../../protocol/lsp';
import { type LspSession, sessionPerTest } from './session';

const example = path.join(__dirname, '..', '..', 'examples', 'ownership_and_drops.rs');
const uri = 'file:///tmp/rustmem-test/trace.rs';

/** What the compiled example prints (rustc 1.95), line for line. */
const EXAMPLE_OUTPUT = [
  'make first', 'make second', 'make inner', 'inner scope ends', 'drop inner', 'kept first',
  'consume second', 'drop second', 'make third', 'end of main', 'drop third', 'drop first',
].join('\n') + '\n';

describe('rustMemory/trace over stdio', function () {
  const newSession = sessionPerTest();

  async function start(settings: Record<string, unknown> = {}): Promise<LspSession> {
    const s = newSession(settings);
    await s.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await s.connection.sendNotification('initialized', {});
    return s;
  }

  function open(s: LspSession, text: string, version = 1) {
    return s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version, text } });
  }

  async function trace(s: LspSession) {
    return TraceRequest.decode(await s.connection.sendRequest<TraceRequest.Result>(TraceRequest.method, { uri } satisfies TraceRequest.Params));
  }

  it('returns the trace of the current version, with the program\'s real output', async () => {
    const s = await start();
    await open(s, fs.readFileSync(example, 'utf8'));
    const result = await trace(s);
    assert.equal(result.version, 1);
    assert.ok(result.trace);
    assert.equal(result.trace.end.kind, 'exit');
    assert.equal(result.trace.output.filter((o) => o.stream === 'stdout').map((o) => o.text).join(''), EXAMPLE_OUTPUT);
    assert.ok(result.trace.steps.length > 0);
  });

  it('returns a null trace for a file without an entry function', async () => {
    const s = await start();
    await open(s, 'pub fn helper() -> u32 {\n    1\n}\n');
    const result = await trace(s);
    assert.deepEqual({ version: result.version, trace: result.trace }, { version: 1, trace: null });
  });

  it('an edit cancels a run that would not end, and the server keeps answering meanwhile', async () => {
    const s = await start({ maxSteps: 1_000_000_000 });
    const endless = 'fn main() {\n    let mut n: u64 = 0;\n    loop {\n        n = (n + 1) % 7;\n    }\n}\n';
    await open(s, endless);
    const first = trace(s);
    // While the endless run goes on in its worker, requests are still answered.
    const actions = await s.connection.sendRequest<unknown[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(actions, []);
    await s.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: 'fn main() {\n    println!("done");\n}\n' }],
    });
    const result = await first;
    assert.equal(result.version, 2, 'the pending request resolves with the newer version');
    assert.equal(result.trace?.output.map((o) => o.text).join(''), 'done\n');
  });
});
