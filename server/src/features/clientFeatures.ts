// What the editor on the other end can do beyond plain LSP, read once from `initialize`. Providers
// read it to give every editor something that works there: the Memory Inspector panel and
// `command:` links only where the extension's own client says it has them.
import type { InitializeParams } from 'vscode-languageserver/node';
import { CLIENT_CAPABILITY, type RustMemoryClientCapability } from '../../../protocol/lsp';

export interface ClientFeatures {
  /** The VS Code extension's client: it opens the panel (`rustMemory.inspectMemory`) and runs `command:` links. */
  inspectorPanel: boolean;
  /** The client opens a URL or file the server names (`window/showDocument`). */
  showDocument: boolean;
}

/** A client that says nothing: plain LSP only. */
export const PLAIN_CLIENT: ClientFeatures = { inspectorPanel: false, showDocument: false };

export function clientFeatures(params: Pick<InitializeParams, 'capabilities'>): ClientFeatures {
  const experimental = params.capabilities.experimental as Record<string, unknown> | undefined;
  const ours = experimental?.[CLIENT_CAPABILITY] as RustMemoryClientCapability | undefined;
  return {
    inspectorPanel: typeof ours === 'object' && ours !== null && ours.inspectorPanel === true,
    showDocument: params.capabilities.window?.showDocument?.support === true,
  };
}
