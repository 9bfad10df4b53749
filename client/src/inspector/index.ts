// The Memory Inspector's entry points in the client: the `rustMemory.inspectMemory` command (from
// the CodeLens, the hover link or the command palette) and the serializer that brings the panel
// back after VS Code restarts.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Ctx } from '../ctx';
import { INSPECTOR_VIEW_TYPE, isInspectorViewState, type InspectMemoryOptions } from '../../../protocol/webview';
import { InspectorPanel, type PanelHost } from './panel';

/** How long a panel restored at startup waits for the language server to come up. */
const SERVER_START_WAIT_MS = 20_000;

function runningClient(ctx: Ctx): Promise<BaseLanguageClient | undefined> {
  if (ctx.client) return Promise.resolve(ctx.client);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      listener.dispose();
      resolve(ctx.client);
    }, SERVER_START_WAIT_MS);
    const listener = ctx.onClientStarted((client) => {
      clearTimeout(timer);
      listener.dispose();
      resolve(client);
    });
  });
}

function panelHost(ctx: Ctx): PanelHost {
  return {
    extensionUri: ctx.extension.extensionUri,
    client: () => runningClient(ctx),
    log: (line) => ctx.outputChannel.appendLine(line),
  };
}

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value !== '') return vscode.Uri.parse(value);
  return undefined;
}

function options(value: unknown): InspectMemoryOptions {
  if (typeof value !== 'object' || value === null) return {};
  const o = value as Record<string, unknown>;
  const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);
  return { step: int(o['step']), line: int(o['line']) };
}

/** `rustMemory.inspectMemory [uri] [{step, line}]`: see InspectMemoryArgs. */
export function inspectMemory(ctx: Ctx) {
  return async (...args: unknown[]): Promise<void> => {
    const editor = vscode.window.activeTextEditor;
    const uri = toUri(args[0]) ?? editor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage('Rust Memory: open a Rust file to inspect its memory.');
      return;
    }
    const { step, line } = options(args[1]);
    const isActive = editor?.document.uri.toString() === uri.toString();
    // A Markdown file holds several programs: the line (or the cursor) says which one.
    const markdownLine = line !== undefined ? line - 1 : isActive ? editor!.selection.active.line : undefined;
    if (step !== undefined && InspectorPanel.gotoIfShowing(uri.toString(), step)) return;
    await InspectorPanel.show(panelHost(ctx), uri, { step, line, markdownLine });
  };
}

/** Registers what must exist from activation on: the panel serializer. */
export function registerInspector(ctx: Ctx): void {
  ctx.pushExtCleanup(
    vscode.window.registerWebviewPanelSerializer(INSPECTOR_VIEW_TYPE, {
      async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
        if (!isInspectorViewState(state)) {
          panel.dispose();
          return;
        }
        await InspectorPanel.revive(panelHost(ctx), panel, vscode.Uri.parse(state.uri), { step: state.step, line: state.line || undefined });
      },
    }),
  );
}
