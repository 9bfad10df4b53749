import * as assert from 'node:assert/strict';
import type { InitializeResult } from 'vscode-languageserver/node';
import { LspSession } from '../lsp/session';
import { MAX_LIVE_BLOCKS } from '../../server/src/engine/sim/interp/interp';

// Five million one-byte `String`s are 125 MB of simulated heap, within the simulator's own 256 MiB
// budget, but five million simulated heap blocks do not fit in the simulation worker's heap (and V8
// may end a worker out of heap by ending the whole process): the run stops at the live-block limit
// with a message, not an internal error or a crash.
const HUGE = 'struct Pair {\n    a: u8,\n    b: u64,\n}\n\nfn main() {\n    let v = vec![String::from("x"); 5_000_000];\n    println!("{}", v.len());\n}\n';
const uri = 'file:///tmp/rustmem-worker-memory/huge.rs';

describe('a run that outgrows the simulation worker', function () {
  this.timeout(120_000);
  let session: LspSession | undefined;

  afterEach(function () {
    if (this.currentTest?.state === 'failed' && session) console.log(session.stderr.join(''));
    session?.kill();
    session = undefined;
  });

  it('ends as unsupported where the blocks are made, and the server keeps answering', async () => {
    const s = new LspSession();
    session = s;
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
});
