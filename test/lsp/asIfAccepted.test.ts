// rustMemory/trace with `asIfAccepted`: the panel's "Run as if accepted" over stdio. The document's
// own trace stays refused; the request with the flag gets the run that shows what the rule prevents.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { InitializeResult } from 'vscode-languageserver/node';
import { TraceRequest } from '../../protocol/lsp';
import { type LspSession, sessionPerTest } from './session';

const program = fs.readFileSync(path.join(__dirname, '..', 'golden', 'rejected', 'asIfAccepted', 'e0502_push_while_first_held.rs'), 'utf8');
const uri = 'file:///tmp/rustmem-test/as_if.rs';

describe('rustMemory/trace as if accepted, over stdio', function () {
  this.timeout(60000);
  const newSession = sessionPerTest();

  async function trace(s: LspSession, params: Partial<TraceRequest.Params>) {
    return TraceRequest.decode(await s.connection.sendRequest<TraceRequest.Result>(TraceRequest.method, { uri, ...params } satisfies TraceRequest.Params));
  }

  it('refuses without the flag, and runs to the undefined behaviour with it', async () => {
    const s = newSession({});
    await s.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await s.connection.sendNotification('initialized', {});
    await s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'rust', version: 1, text: program } });
    const refused = await trace(s, {});
    assert.deepEqual(refused.trace?.end, {
      kind: 'rejected', status: 2, code: 'E0502', message: 'cannot borrow `scores` as mutable because it is also borrowed as immutable', line: 4, column: 5, borrowck: true,
    });
    const run = await trace(s, { asIfAccepted: true });
    assert.equal(run.version, 1);
    assert.equal(run.trace?.asIfAccepted?.code, 'E0502');
    assert.deepEqual(run.trace?.end, { kind: 'ub', status: 4, message: 'read of freed memory (block #2)', line: 5, column: 5 });
    // The panel's permissions strip gets what it gets for any run: `scores` down to R while `first` borrows it.
    const scores = run.trace?.permissions?.find((f) => f.fn === 'main')?.vars.find((v) => v.place === 'scores');
    assert.ok(scores, JSON.stringify(run.trace?.permissions));
    assert.deepEqual(scores.runs.map(([line, letters]) => [line, letters]).slice(0, 2), [[3, 'RWO'], [4, 'R--']]);
    // The document's own run is unchanged by it.
    assert.equal((await trace(s, {})).trace?.end.kind, 'rejected');
  });
});
