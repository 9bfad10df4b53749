// The diagnostic matrix (test/support/diagnosticMatrix.ts) in VS Code: for each program recorded
// from rustc, once its simulated run is in (the `▶ Inspect memory` lens counts its steps), the
// Problems of the file are exactly the row's — every code where it should be and nowhere else.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DIAGNOSTIC_MATRIX, matrixKey } from '../../support/diagnosticMatrix';
import { openFixture } from './fixtures';
import { describeDiagnostic, diagnosticCode, waitForDiagnostics, waitForValue } from './waits';

/** Resolves once the server has the run of the open document (its entry lens shows the step count). */
export async function waitForRun(uri: vscode.Uri): Promise<string> {
  return waitForValue(`the simulated run of ${uri.fsPath}`, async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    return lenses.map((l) => l.command?.title ?? '').find((t) => /^▶ Inspect memory · [\d,]+ steps?/.test(t));
  });
}

const keysOf = (ds: readonly vscode.Diagnostic[]) =>
  ds.filter((d) => d.source === 'rust-memory').map((d) => matrixKey(diagnosticCode(d) ?? '-', d.range.start.line, d.range.start.character));

export function codesScenario(): void {
  suite('every code where it should be and nowhere else', () => {
    teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    for (const row of DIAGNOSTIC_MATRIX) {
      test(`${row.file}: ${row.why}`, async () => {
        const editor = await openFixture('goldens', ...row.file.split('/'));
        const uri = editor.document.uri;
        await waitForRun(uri);
        const expected = JSON.stringify(row.expect);
        let seen: readonly vscode.Diagnostic[] = [];
        try {
          seen = await waitForDiagnostics(uri, (ds) => JSON.stringify(keysOf(ds)) === expected, 30_000);
        } catch {
          seen = vscode.languages.getDiagnostics(uri);
        }
        assert.deepEqual(keysOf(seen), row.expect, seen.map(describeDiagnostic).join('; '));
        for (const d of seen) {
          const target = typeof d.code === 'object' ? d.code.target : undefined;
          assert.ok(target && target.path.endsWith('/README.md') && /^L\d+$/.test(target.fragment), `${describeDiagnostic(d)} links to its README section: ${String(target)}`);
        }
      });
    }
  });
}
