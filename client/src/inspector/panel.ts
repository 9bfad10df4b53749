// The Memory Inspector panel in VS Code: a webview beside the editor, driven by an
// InspectorSession. It fetches the trace from the language server (`rustMemory/trace`), re-fetches
// it after edits, highlights the current step's line in the editor and follows the cursor. There
// is one panel; inspecting another document moves it there. The panel is not kept alive while
// hidden: the webview saves its place with `setState`, and the serializer restores it.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { TraceRequest } from '../../../protocol/lsp';
import type { LineEdit } from '../../../protocol/navigation';
import { INSPECTOR_VIEW_TYPE } from '../../../protocol/webview';
import { makeNonce, panelHtml } from './panelHtml';
import { InspectorSession, type StartAt } from './session';
import { StepHighlight } from './highlight';
import { observeInspectorMessage } from '../extensionApi';

/** Edits closer together than this re-run once. */
const RERUN_DELAY_MS = 300;

export interface PanelHost {
  extensionUri: vscode.Uri;
  /** The running language client (waits while it is starting). */
  client(): Promise<BaseLanguageClient | undefined>;
  log(line: string): void;
}

export class InspectorPanel implements vscode.Disposable {
  private static current: InspectorPanel | undefined;

  private readonly session: InspectorSession;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly highlight: StepHighlight;
  private rerunTimer: ReturnType<typeof setTimeout> | undefined;
  private request: vscode.CancellationTokenSource | undefined;
  /** The user asked to run the program despite its borrow error (until the next edit). */
  private asIfAccepted = false;

  /** Opens (or moves) the panel to `uri`, at `at`. */
  static async show(host: PanelHost, uri: vscode.Uri, at: StartAt & { markdownLine?: number }): Promise<void> {
    const existing = InspectorPanel.current;
    if (existing && existing.session.uri === uri.toString()) {
      existing.panel.reveal(undefined, true);
      if (at.step !== undefined || at.line !== undefined) await existing.load(at);
      return;
    }
    existing?.dispose();
    const panel = vscode.window.createWebviewPanel(
      INSPECTOR_VIEW_TYPE,
      InspectorPanel.title(uri),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      InspectorPanel.options(host.extensionUri),
    );
    const inspector = new InspectorPanel(host, panel, uri, at.markdownLine);
    await inspector.load(at);
  }

  /** Restores a panel VS Code kept from an earlier session (see the serializer). */
  static async revive(host: PanelHost, panel: vscode.WebviewPanel, uri: vscode.Uri, at: StartAt): Promise<void> {
    InspectorPanel.current?.dispose();
    panel.webview.options = InspectorPanel.options(host.extensionUri);
    const inspector = new InspectorPanel(host, panel, uri, at.line !== undefined ? at.line - 1 : undefined);
    await inspector.load(at);
  }

  static options(extensionUri: vscode.Uri): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableFindWidget: true,
      localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
    };
  }

  private static title(uri: vscode.Uri): string {
    return `Memory: ${uri.path.split('/').pop() ?? uri.path}`;
  }

  private constructor(
    private readonly host: PanelHost,
    private readonly panel: vscode.WebviewPanel,
    private readonly uri: vscode.Uri,
    /** For a Markdown file: a 0-based line inside the ```rust block shown. */
    private readonly markdownLine: number | undefined,
  ) {
    InspectorPanel.current = this;
    this.highlight = new StepHighlight(uri);
    this.session = new InspectorSession(uri.toString(), {
      post: (m) => void panel.webview.postMessage(m).then((delivered) => observeInspectorMessage({ direction: 'toWebview', uri: uri.toString(), message: m, delivered })),
      highlight: (line) => this.highlight.show(line),
      reveal: (line) => void this.revealLine(line),
      runAsIfAccepted: () => {
        this.asIfAccepted = true;
        void this.load();
      },
    });
    const webview = panel.webview;
    webview.html = panelHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce((n) => crypto.getRandomValues(new Uint8Array(n))),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(host.extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(host.extensionUri, 'media', 'inspector.css')).toString(),
    });
    this.disposables.push(
      this.highlight,
      webview.onDidReceiveMessage((m: unknown) => {
        observeInspectorMessage({ direction: 'fromWebview', uri: uri.toString(), message: m });
        this.session.receive(m);
      }),
      panel.onDidChangeViewState(() => {
        // A hidden webview is unloaded; when it comes back it says `ready` again.
        if (!panel.visible) this.session.webviewReloaded();
      }),
      panel.onDidDispose(() => this.dispose()),
      vscode.window.onDidChangeTextEditorSelection((e) => this.onSelection(e)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.highlight.refresh()),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
    );
  }

  /** Fetches the trace of the document's current version and shows it at `at`. */
  private async load(at?: StartAt): Promise<void> {
    if (!this.session.currentTrace) this.session.showStatus('Simulating…', true);
    const client = await this.host.client();
    if (!client) {
      this.session.showStatus('The Rust Memory language server is not running.', false);
      return;
    }
    this.request?.cancel();
    const request = new vscode.CancellationTokenSource();
    this.request = request;
    try {
      const params: TraceRequest.Params = { uri: this.uri.toString(), line: this.markdownLine, ...(this.asIfAccepted ? { asIfAccepted: true } : {}) };
      const result = await client.sendRequest<TraceRequest.Result>(TraceRequest.method, params, request.token);
      if (request.token.isCancellationRequested) return;
      this.session.showTrace(TraceRequest.decode(result), at);
    } catch (error) {
      if (request.token.isCancellationRequested) return;
      this.host.log(`Memory Inspector: ${String(error)}`);
      this.session.showStatus(`The simulation failed: ${error instanceof Error ? error.message : String(error)}`, false);
    } finally {
      if (this.request === request) this.request = undefined;
      request.dispose();
    }
  }

  private onSelection(e: vscode.TextEditorSelectionChangeEvent): void {
    // Only the user's own moves: a reveal from the panel is a command and must not move it back.
    if (e.kind !== vscode.TextEditorSelectionChangeKind.Mouse && e.kind !== vscode.TextEditorSelectionChangeKind.Keyboard) return;
    if (e.textEditor.document.uri.toString() !== this.session.uri) return;
    if (!vscode.workspace.getConfiguration('rustMemory', this.uri).get<boolean>('followCursor', true)) return;
    const active = e.selections[0]?.active;
    if (active) this.session.cursorMoved(active.line + 1);
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (e.document.uri.toString() !== this.session.uri || e.contentChanges.length === 0) return;
    const edits: LineEdit[] = e.contentChanges.map((c) => ({
      startLine: c.range.start.line + 1,
      endLine: c.range.end.line + 1,
      newLineBreaks: (c.text.match(/\n/g) ?? []).length,
    }));
    this.session.edited(edits);
    // An edited program is checked afresh: running it despite rustc's error is asked for each time.
    this.asIfAccepted = false;
    clearTimeout(this.rerunTimer);
    this.rerunTimer = setTimeout(() => void this.load(), RERUN_DELAY_MS);
  }

  private async revealLine(line: number): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.uri);
    const visible = vscode.window.visibleTextEditors.find((ed) => ed.document.uri.toString() === this.session.uri);
    const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const position = new vscode.Position(Math.max(0, line - 1), 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Moves the open panel to `step` if it shows `uri` (a CodeLens on the same document). */
  static gotoIfShowing(uri: string, step: number): boolean {
    const current = InspectorPanel.current;
    if (!current || current.session.uri !== uri || !current.session.currentTrace) return false;
    current.panel.reveal(undefined, true);
    current.session.goto(step);
    return true;
  }

  dispose(): void {
    if (InspectorPanel.current === this) InspectorPanel.current = undefined;
    clearTimeout(this.rerunTimer);
    this.request?.cancel();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
