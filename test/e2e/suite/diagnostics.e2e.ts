// Diagnostics of the language server arrive in VS Code for each fixture program: the code, the
// severity, the line (where rustc reports it, for use-after-move) and the related locations.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lineOf, openFixture } from './fixtures';
import { describeDiagnostic, diagnosticCode, waitForDiagnostics } from './waits';

interface DiagnosticCase {
  /** Fixture folder under test/e2e/fixtures/ (also a root of the e2e workspace). */
  scenario: string;
  code: string;
  severity: vscode.DiagnosticSeverity;
  /** Text of the line the diagnostic starts on. */
  atLine: string;
  /** Texts of lines that related information must point at. */
  relatedLines: string[];
}

const CASES: DiagnosticCase[] = [
  {
    scenario: 'use-after-move', code: 'use-after-move', severity: vscode.DiagnosticSeverity.Error,
    atLine: 'println!("{} has {} letters", name, length);', relatedLines: ['let length = consume(name);'],
  },
  {
    // Found by the simulation: reported at the statement that closes the cycle, the other link related.
    scenario: 'rc-cycle', code: 'rc-cycle', severity: vscode.DiagnosticSeverity.Warning,
    atLine: '*red.partner.borrow_mut() = Some(Rc::clone(&blue));', relatedLines: ['let blue = Rc::new('],
  },
  {
    // 32 KiB is over the 16 KiB default of rustMemory.largeArrayThreshold; `small` (16 bytes) is not.
    scenario: 'large-stack-array', code: 'large-stack-array', severity: vscode.DiagnosticSeverity.Warning,
    atLine: 'let buffer = [0u8; 32 * 1024];', relatedLines: [],
  },
];

export function diagnosticsScenario(): void {
  suite('diagnostics', () => {
    for (const c of CASES) {
      test(`${c.scenario}: a \`${c.code}\` diagnostic arrives at its line`, async () => {
        const editor = await openFixture(c.scenario, 'src', 'main.rs');
        const document = editor.document;
        const diagnostics = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => diagnosticCode(d) === c.code));
        const found = diagnostics.filter((d) => diagnosticCode(d) === c.code);
        const all = diagnostics.map(describeDiagnostic).join('; ');
        assert.equal(found.length, 1, `exactly one ${c.code}: ${all}`);
        const [d] = found;
        assert.ok(d);
        assert.equal(d.range.start.line, lineOf(document, c.atLine), `line of ${describeDiagnostic(d)}`);
        assert.equal(d.severity, c.severity);
        const relatedLines = (d.relatedInformation ?? [])
          .filter((r) => r.location.uri.toString() === document.uri.toString())
          .map((r) => r.location.range.start.line);
        for (const text of c.relatedLines) {
          assert.ok(relatedLines.includes(lineOf(document, text)), `related information points at '${text}': ${JSON.stringify(relatedLines)}`);
        }
      });
    }
  });
}
