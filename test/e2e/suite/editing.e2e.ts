// What the editor offers beyond the Problems list, in VS Code itself: quick fixes that rewrite the
// code and make their diagnostic go away, drop and move inlay hints (and the setting that turns them
// off), and the life of a variable in the hover. Edits are never saved: each test reverts its file.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitForRun } from './codes.e2e';
import { lineOf, openFixture } from './fixtures';
import { hoverText } from './hover.e2e';
import { describeDiagnostic, diagnosticCode, waitForDiagnostics, waitForValue } from './waits';

interface FixCase {
  why: string;
  scenario: string;
  file: string[];
  code: string;
  /** The line the diagnostic is on. */
  atLine: string;
  /** The preferred fix's title. */
  title: string;
  /** The line the fix edits (found by this text before the edit) and its text after. */
  edited: { line: string; after: string };
}

const FIXES: FixCase[] = [
  {
    why: 'an array on the stack moves to a vec!',
    scenario: 'large-stack-array', file: ['src', 'main.rs'], code: 'large-stack-array',
    atLine: 'let buffer = [0u8; 32 * 1024];', title: 'Allocate on the heap: `vec![0u8; 32 * 1024]`',
    edited: { line: 'let buffer = [0u8; 32 * 1024];', after: '    let buffer = vec![0u8; 32 * 1024];' },
  },
  {
    why: 'Box::new of a large array becomes a Box built on the heap',
    scenario: 'examples', file: ['large_array.rs'], code: 'box-stack-temporary',
    atLine: 'let boxed = Box::new([2u8; N]);', title: 'Allocate on the heap as a fixed-size `Box<[u8; N]>`',
    edited: {
      line: 'let boxed = Box::new([2u8; N]);',
      after: '    let boxed = Box::<[u8; N]>::try_from(vec![2u8; N].into_boxed_slice()).unwrap(); // built on the stack, then moved to the heap',
    },
  },
  {
    why: 'a Vec that grew in a loop is allocated once',
    scenario: 'goldens', file: ['programs', 'diagnostics', 'realloc_loop.rs'], code: 'realloc-in-loop',
    atLine: 'v.push(i);', title: 'Allocate once: `Vec::with_capacity(20)`',
    edited: { line: 'let mut v = Vec::new();', after: '    let mut v = Vec::with_capacity(20);' },
  },
];

async function revert(editor: vscode.TextEditor): Promise<void> {
  await vscode.window.showTextDocument(editor.document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  assert.equal(editor.document.isDirty, false, 'the fixture is left as it was on disk');
}

function labelOf(hint: vscode.InlayHint): string {
  return typeof hint.label === 'string' ? hint.label : hint.label.map((p) => p.value).join('');
}

function tooltipOf(hint: vscode.InlayHint): string {
  return typeof hint.tooltip === 'string' ? hint.tooltip : hint.tooltip?.value ?? '';
}

/** The inlay hints of the whole document as `line:label` (1-based lines), once there are some. */
async function hintsOf(document: vscode.TextDocument, accept: (labels: string[]) => boolean): Promise<{ labels: string[]; hints: vscode.InlayHint[] }> {
  const range = new vscode.Range(0, 0, document.lineCount, 0);
  let last: string[] = [];
  try {
    return await waitForValue('inlay hints', async () => {
      const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
      last = hints.map((h) => `${h.position.line + 1}:${labelOf(h)}`);
      return accept(last) ? { labels: last, hints } : undefined;
    }, 30_000);
  } catch (e) {
    throw new Error(`${String(e)}; last hints: ${JSON.stringify(last)}`);
  }
}

export function editingScenario(): void {
  suite('quick fixes', () => {
    teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    for (const c of FIXES) {
      test(`${c.code}: ${c.why}, and the diagnostic goes away`, async () => {
        const editor = await openFixture(c.scenario, ...c.file);
        const document = editor.document;
        const line = lineOf(document, c.atLine);
        const editedLine = lineOf(document, c.edited.line);
        const before = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => diagnosticCode(d) === c.code && d.range.start.line === line));
        const diagnostic = before.find((d) => diagnosticCode(d) === c.code && d.range.start.line === line)!;
        try {
          const actions = await waitForValue(`quick fixes for ${c.code}`, async () => {
            const found = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
              'vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
            const fixes = found.filter((a): a is vscode.CodeAction => 'kind' in a || 'edit' in a);
            return fixes.length ? fixes : undefined;
          });
          const preferred = actions.filter((a) => a.isPreferred);
          assert.deepEqual(preferred.map((a) => a.title), [c.title], `offered: ${actions.map((a) => a.title).join(' | ')}`);
          const fix = preferred[0]!;
          assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
          assert.ok(await vscode.workspace.applyEdit(fix.edit!), 'VS Code applied the edit');
          assert.equal(document.lineAt(editedLine).text, c.edited.after);
          // The server re-analyses the edited text (and re-runs it): the diagnostic is gone from the line.
          const after = await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => diagnosticCode(d) === c.code && d.range.start.line === line));
          assert.ok(!after.some((d) => diagnosticCode(d) === 'syntax-error' || diagnosticCode(d) === 'use-after-move'),
            `the fixed program still parses and type-checks as far as we tell: ${after.map(describeDiagnostic).join('; ')}`);
        } finally {
          await revert(editor);
        }
      });
    }
  });

  suite('drop and move hints', () => {
    teardown(async () => {
      await vscode.workspace.getConfiguration('rustMemory').update('inlayHints.enable', undefined, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('drops at the closing braces in the order the real program printed them', async () => {
      // test/golden/programs/core/struct_drop_order.rs: rustc's build prints "drop inner", then
      // arr0 arr1 t0 t1 Pair first second b a — _arr, _t, _p, _b, _a.
      const editor = await openFixture('goldens', 'programs', 'core', 'struct_drop_order.rs');
      await waitForRun(editor.document.uri);
      const { labels, hints } = await hintsOf(editor.document, (l) => l.some((x) => x.includes('drop: _arr')));
      const inner = lineOf(editor.document, 'println!("end of inner block");') + 2;
      const end = editor.document.lineCount - 1;
      assert.deepEqual(labels, [`${inner}:drop: _inner`, `${end}:drop: _arr, _t, _p, _b, _a`]);
      const last = hints[1]!;
      assert.equal(editor.document.lineAt(last.position.line).text.slice(0, last.position.character), '}', 'after the closing brace of main');
      assert.match(tooltipOf(last), /`_arr` \(`\[Noisy; 2\]`\): end of scope — end of `main`, reverse declaration order/);
    });

    test('moves show where the value went; the setting turns the hints off and on', async () => {
      const editor = await openFixture('examples', 'ownership_and_drops.rs');
      await waitForRun(editor.document.uri);
      const { labels } = await hintsOf(editor.document, (l) => l.length > 0);
      const at = (text: string) => lineOf(editor.document, text) + 1;
      assert.ok(labels.includes(`${at('let keep = first;')}:first → keep`), labels.join(' | '));
      assert.ok(labels.includes(`${at('consume(second);')}:second → argument of consume`), labels.join(' | '));
      assert.ok(labels.includes(`${at('} // dropped now')}:drop: _third, keep`), labels.join(' | '));

      await vscode.workspace.getConfiguration('rustMemory').update('inlayHints.enable', false, vscode.ConfigurationTarget.Global);
      await hintsOf(editor.document, (l) => l.length === 0);
      await vscode.workspace.getConfiguration('rustMemory').update('inlayHints.enable', undefined, vscode.ConfigurationTarget.Global);
      const back = await hintsOf(editor.document, (l) => l.length > 0);
      assert.deepEqual(back.labels, labels, 'the same hints again once the setting is back to its default');
    });
  });

  suite('life of a variable', () => {
    teardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    test('hover on a binding: created, moved, dropped, each at its line, and its state there', async () => {
      const editor = await openFixture('examples', 'ownership_and_drops.rs');
      const document = editor.document;
      await waitForRun(document.uri);
      const line = lineOf(document, 'let first = make("first");');
      const text = await hoverText(document.uri, new vscode.Position(line, document.lineAt(line).text.indexOf('first') + 1), /Life of `first`/);
      // Each line is a link to the line: `[line 27](file:///…#L27)`.
      assert.match(text, new RegExp(`created at \\[line ${line + 1}\\]\\([^)]*#L${line + 1}\\)`));
      assert.match(text, new RegExp(`moved to \`keep\` at \\[line ${lineOf(document, 'let keep = first;') + 1}\\]`));
      assert.match(text, new RegExp(`On line ${line + 1}: holds \`Noisy \\{ name: "first" \\}\``));
      const kept = lineOf(document, 'let keep = first;');
      const keep = await hoverText(document.uri, new vscode.Position(kept, document.lineAt(kept).text.indexOf('keep') + 1), /Life of `keep`/);
      const closing = lineOf(document, '} // dropped now') + 1;
      assert.match(keep, new RegExp(`dropped at \\[line ${closing}\\]\\([^)]*\\): end of \`main\`, reverse declaration order`));
    });
  });
}
