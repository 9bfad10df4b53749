import * as assert from 'node:assert/strict';
import type { InitializeResult } from 'vscode-languageserver/node';
import { sessionPerTest } from '../lsp/session';
import { MAX_BUFFER_ELEMENTS, MAX_LIVE_BLOCKS } from '../../server/src/engine/sim/interp/interp';

// Five million one-byte `String`s are 125 MB of simulated heap, within the simulator's own 256 MiB
// budget, but five million simulated heap blocks do not fit in the simulation worker's heap (and V8
// may end a worker out of heap by ending the whole process): the run stops at the live-block limit
// with a message, not an internal error or a crash.
const HUGE = 'struct Pair {\n    a: u8,\n    b: u64,\n}\n\nfn main() {\n    let v = vec![String::from("x"); 5_000_000];\n    println!("{}", v.len());\n}\n';
const uri = 'file:///tmp/rustmem-worker-memory/huge.rs';
// 64 MiB of `u8` is a quarter of the byte budget, but 64 Mi elements of the simulator's own (8 bytes
// each at least) outgrow the worker's heap while one array is filled: V8 then ends the process.
const BYTES = 'fn main() {\n    let mut v = vec![7u8; 64 << 20];\n    v.resize(80 << 20, 1);\n    println!("{}", v.len());\n}\n';
const GROWN = 'fn main() {\n    let mut v: Vec<u8> = Vec::new();\n    v.resize(64 << 20, 1);\n    println!("{}", v.len());\n}\n';

describe('a run that outgrows the simulation worker', function () {
  this.timeout(120_000);
  const newSession = sessionPerTest();

  it('ends as unsupported where the blocks are made, and the server keeps answering', async () => {
    const s = newSession();
    await s.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await s.connection.sendNotification('initialized', {});
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text: HUGE } });
    const ended = await s.waitForDiagnostics((p) => p.uri === uri && p.diagnostics.some((d) => d.code === 'unsupported' || d.code === 'internal-error'));
    const found = ended.diagnostics.map((d) => `${d.range.start.line + 1}:${String(d.code)}`);
    assert.deepEqual(found, ['7:unsupported']);
    assert.match(ended.diagnostics[0]!.message, new RegExp(`holding more than ${MAX_LIVE_BLOCKS.toLocaleString('en-US')} heap allocations at once`));
    const hover = await s.connection.sendRequest<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 8 } });
    assert.match(JSON.stringify(hover?.contents), /size 16 B/);
  });

  for (const [name, text, line] of [['`vec![7u8; 64 << 20]`', BYTES, 2], ['`Vec::resize` to 64 Mi elements', GROWN, 3]] as const) {
    it(`ends ${name} as unsupported where the buffer is made, and the server keeps answering`, async () => {
      const s = newSession();
      const doc = `file:///tmp/rustmem-worker-memory/bytes_${line}.rs`;
      await s.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
      await s.connection.sendNotification('initialized', {});
      await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: doc, languageId: 'rust', version: 1, text } });
      const ended = await s.waitForDiagnostics((p) => p.uri === doc && p.diagnostics.some((d) => d.code === 'unsupported' || d.code === 'internal-error'));
      assert.deepEqual(ended.diagnostics.map((d) => `${d.range.start.line + 1}:${String(d.code)}`), [`${line}:unsupported`]);
      assert.match(ended.diagnostics[0]!.message, new RegExp(`a buffer of more than ${MAX_BUFFER_ELEMENTS.toLocaleString('en-US')} elements`));
      const hover = await s.connection.sendRequest<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri: doc }, position: { line: 1, character: 12 } });
      assert.ok(hover, 'the server still answers a hover after the run');
    });
  }
});
