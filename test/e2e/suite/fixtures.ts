// Finds a scenario's fixture folder among the roots of the e2e workspace and opens its files.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'rustmem.rust-memory-inspector';

export function fixtureUri(scenario: string, ...file: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.name === scenario);
  if (!folder) {
    const names = (vscode.workspace.workspaceFolders ?? []).map((f) => f.name);
    throw new Error(`fixture folder '${scenario}' is not a root of the e2e workspace (roots: ${names.join(', ')})`);
  }
  return vscode.Uri.joinPath(folder.uri, ...file);
}

/** Opens a fixture file in an editor and returns the editor. */
export async function openFixture(scenario: string, ...file: string[]): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(scenario, ...file));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** The 0-based line of the first line of `document` containing `text`. */
export function lineOf(document: vscode.TextDocument, text: string): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(text)) return line;
  }
  throw new Error(`'${text}' not found in ${document.uri.fsPath}`);
}
