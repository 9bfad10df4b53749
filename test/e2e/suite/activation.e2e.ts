// The extension activates on a Rust file, and its language server reports a syntax error with the
// right range.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, lineOf, openFixture } from './fixtures';
import { describeDiagnostic, diagnosticCode, waitForDiagnostics, waitForValue } from './waits';

export function activationScenario(): void {
  suite('activation', () => {
    test('the extension activates when a Rust file is opened', async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `${EXTENSION_ID} is loaded`);
      const editor = await openFixture('syntax-error', 'src', 'main.rs');
      assert.equal(editor.document.languageId, 'rust');
      await waitForValue('activation', () => (extension.isActive ? true : undefined));
    });

    test('a syntax error arrives as a `syntax-error` diagnostic at its line', async () => {
      const editor = await openFixture('syntax-error', 'src', 'main.rs');
      const expectedLine = lineOf(editor.document, 'let total = ;');
      const diagnostics = await waitForDiagnostics(editor.document.uri,
        (ds) => ds.some((d) => diagnosticCode(d) === 'syntax-error'));
      const syntax = diagnostics.filter((d) => diagnosticCode(d) === 'syntax-error');
      assert.equal(syntax.length, 1, `one syntax error: ${diagnostics.map(describeDiagnostic).join('; ')}`);
      const [error] = syntax;
      assert.equal(error?.range.start.line, expectedLine);
      assert.equal(error?.severity, vscode.DiagnosticSeverity.Error);
    });
  });
}
