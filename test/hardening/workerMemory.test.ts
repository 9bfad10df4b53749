import * as assert from 'node:assert/strict';
import type { InitializeResult } from 'vscode-languageserver/node';
import { LspSession } from '../lsp/session';
import { WORKER_HEAP_MB } from '../../server/src/features/simulation';

// Five million one-byte `String`s are 125 MB of simulated heap, within the simulator's own 256 MiB
// budget, but five million simulated heap blocks do not fit in the simulation worker's heap: the
// run must end with a message, not an internal error.
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

  it('ends as unsupported at the entry function, and the server keeps answering', async () => {
    const s = new LspSession();
    session = s;
    await s.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await s.connection.sendNotification('initialized', {});
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text: HUGE } });
    const ended = await s.waitForDiagnostics((p) => p.uri === uri && p.diagnostics.some((d) => d.code === 'unsupported' || d.code === 'internal-error'));
    const found = ended.diagnostics.map((d) => `${d.range.start.line + 1}:${String(d.code)}`);
    assert.deepEqual(found, ['6:unsupported']);
    assert.match(ended.diagnostics[0]!.message, new RegExp(`needs more than the simulator's ${WORKER_HEAP_MB} MiB of memory`));
    const hover = await s.connection.sendRequest<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 8 } });
    assert.match(JSON.stringify(hover?.contents), /size 16 B/);
  });
});
