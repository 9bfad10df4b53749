// Tells the server this client has the Memory Inspector panel: its CodeLenses then open the panel
// (`rustMemory.inspectMemory`) and its hovers link to it. Other editors never send this, and get
// lenses that run server commands instead (see protocol/lsp.ts, CLIENT_CAPABILITY).
import type { ClientCapabilities, StaticFeature } from 'vscode-languageclient';
import { CLIENT_CAPABILITY, type RustMemoryClientCapability } from '../../protocol/lsp';

export const panelCapability: StaticFeature = {
  fillClientCapabilities(capabilities: ClientCapabilities): void {
    const ours: RustMemoryClientCapability = { inspectorPanel: true };
    capabilities.experimental = { ...(capabilities.experimental as object | undefined), [CLIENT_CAPABILITY]: ours };
  },
  initialize(): void {},
  getState: () => ({ kind: 'static' }),
  clear(): void {},
};
