// Hovering a binding shows its size, as rustc lays it out (the fixture prints the same sizes).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { lineOf, openFixture } from './fixtures';
import { waitForValue } from './waits';

/** The Markdown of all hovers at a position, once the language server has something to say. */
export async function hoverText(uri: vscode.Uri, position: vscode.Position, mustMatch: RegExp): Promise<string> {
  return waitForValue(`a hover matching ${mustMatch} at ${position.line + 1}:${position.character + 1}`, async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    return mustMatch.test(text) ? text : undefined;
  });
}

/** Position of the first occurrence of `word` on the line containing `lineText`. */
function positionOf(document: vscode.TextDocument, lineText: string, word: string): vscode.Position {
  const line = lineOf(document, lineText);
  const character = document.lineAt(line).text.indexOf(word);
  return new vscode.Position(line, character + 1);
}

export function hoverScenario(): void {
  suite('hover', () => {
    const cases = [
      { binding: 'corner', line: 'let corner = Pixel', size: 12 },
      { binding: 'scores', line: 'let scores: Vec<u32>', size: 24 },
    ];
    for (const c of cases) {
      test(`hover on \`${c.binding}\` shows its size: ${c.size} bytes`, async () => {
        const editor = await openFixture('layout', 'src', 'main.rs');
        const text = await hoverText(editor.document.uri, positionOf(editor.document, c.line, c.binding), new RegExp(`\\b${c.binding}\\b`));
        assert.match(text, new RegExp(`\\b${c.size} (B|bytes)\\b`), text);
      });
    }
  });
}
