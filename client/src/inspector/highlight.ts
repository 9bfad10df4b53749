// The editor's mark for the line the panel's current step ran: the whole line in the theme's
// stack-frame colour (the one the debugger uses for "execution is here"), with a mark in the
// overview ruler. The line is scrolled into view without moving the cursor.
import * as vscode from 'vscode';

export class StepHighlight implements vscode.Disposable {
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('editor.stackFrameHighlightBackground'),
    overviewRulerColor: new vscode.ThemeColor('editorOverviewRuler.rangeHighlightForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Full,
  });
  /** 1-based. */
  private line: number | undefined;

  constructor(private readonly uri: vscode.Uri) {}

  show(line: number | undefined): void {
    const moved = line !== this.line;
    this.line = line;
    this.refresh(moved);
  }

  refresh(reveal = false): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.uri.toString() !== this.uri.toString()) continue;
      if (this.line === undefined || this.line > editor.document.lineCount) {
        editor.setDecorations(this.decoration, []);
        continue;
      }
      const range = editor.document.lineAt(this.line - 1).range;
      editor.setDecorations(this.decoration, [range]);
      if (reveal) editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
  }

  dispose(): void {
    this.decoration.dispose();
  }
}
