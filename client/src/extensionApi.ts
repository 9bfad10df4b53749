// What `activate()` returns: the extension's exports, which other extensions and the end-to-end
// tests (test/e2e) read with `vscode.extensions.getExtension(id).exports`. A test hook: it only
// observes the Memory Inspector's messages (the webview's `ready` handshake and what the panel posts
// back: the trace, moves to a step); nothing in the product depends on it.
import * as vscode from 'vscode';
import type { ToWebview } from '../../protocol/webview';

/** One message between the Memory Inspector panel host and its webview. */
export type InspectorMessageEvent =
  | { direction: 'toWebview'; uri: string; message: ToWebview; /** postMessage's answer: the webview received it. */ delivered: boolean }
  | { direction: 'fromWebview'; uri: string; message: unknown };

const inspectorMessages = new vscode.EventEmitter<InspectorMessageEvent>();

/** Called by the panel for every message it posts or receives. */
export function observeInspectorMessage(event: InspectorMessageEvent): void {
  inspectorMessages.fire(event);
}

export interface RustMemoryApi {
  readonly onInspectorMessage: vscode.Event<InspectorMessageEvent>;
}

export const extensionApi: RustMemoryApi = { onInspectorMessage: inspectorMessages.event };

