// The diagnostic matrix (test/support/diagnosticMatrix.ts) over `rustmem lsp --stdio`, as another
// editor sees it: after each program's simulated run, the published diagnostics are exactly the
// row's, each with its documentation link and severity.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { InitializeResult, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import { TraceRequest } from '../../protocol/lsp';
import { repoRoot } from '../support/dist';
import { DIAGNOSTIC_MATRIX, matrixKey } from '../support/diagnosticMatrix';
import { readmeLineOf } from '../support/readmeLink';
import { LspSession } from './session';

const GOLDEN = path.join(repoRoot, 'test', 'golden');

/** LSP severities by code, as the README's table gives them. */
const SEVERITY: Record<string, number> = {
  'use-after-move': 1, 'stack-overflow': 1,
  'large-stack-array': 2, 'box-stack-temporary': 2, 'large-stack-frame': 2, 'rc-cycle': 2, panic: 2,
  'recursion-depth': 3, 'realloc-in-loop': 3, unsupported: 3,
  'rc-cycle-possible': 4,
};

describe('diagnostic matrix: rustmem lsp --stdio', function () {
  // One server for all rows; each row waits for its program's simulated run.
  this.timeout(120_000);
  let session: LspSession;

  before(async () => {
    // The rows are facts of runs to the step limit: a loaded machine must not end them at the time limit.
    session = new LspSession({ maxMillis: 600_000 });
    await session.connection.sendRequest<InitializeResult>('initialize', { processId: process.pid, rootUri: null, capabilities: { workspace: { configuration: true } } });
    await session.connection.sendNotification('initialized', {});
  });

  after(async () => {
    assert.equal(await session.close(), 0, 'the server exits cleanly after the whole matrix');
  });

  for (const row of DIAGNOSTIC_MATRIX) {
    it(`${row.file}: ${row.why}`, async () => {
      const file = path.join(GOLDEN, row.file);
      const uri = pathToFileURL(file).href;
      const published = () => session.diagnostics.filter((p) => p.uri === uri);
      await session.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'rust', version: 1, text: fs.readFileSync(file, 'utf8') },
      });
      // The run's diagnostics are published before the trace request answers (one ordered stream).
      const result = await session.connection.sendRequest<TraceRequest.Result>(TraceRequest.method, { uri });
      assert.ok(result.trace, 'the program was simulated');
      const last = published().at(-1) as PublishDiagnosticsParams;
      assert.ok(last, 'diagnostics were published');
      const keys = last.diagnostics.map((d) => matrixKey(String(d.code), d.range.start.line, d.range.start.character));
      assert.deepEqual(keys, row.expect);
      for (const d of last.diagnostics) {
        assert.equal(d.severity, SEVERITY[String(d.code)], `${String(d.code)} severity`);
        assert.equal(readmeLineOf(d.codeDescription?.href ?? ''), `### \`${String(d.code)}\``);
        assert.equal(d.source, 'rust-memory');
        for (const r of d.relatedInformation ?? []) assert.equal(r.location.uri, uri, 'related places are in the same file');
      }
      await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    });
  }
});
