// Where the renderer runs: inside a VS Code webview (messages to the panel host, state kept with
// `setState`) or in a standalone replay page written by `rustmem replay` (no host; the step is
// kept in the page's address, so a link can point at a step).
import type { FromWebview, InspectorViewState } from '../../protocol/webview';

export interface Host {
  post(message: FromWebview): void;
  saveState(state: InspectorViewState): void;
  savedState(): unknown;
}

interface VsCodeApi {
  postMessage(message: unknown): void;
  setState(state: unknown): void;
  getState(): unknown;
}

declare function acquireVsCodeApi(): VsCodeApi;

export function vscodeHost(): Host | undefined {
  if (typeof acquireVsCodeApi !== 'function') return undefined;
  const api = acquireVsCodeApi();
  return {
    post: (m) => api.postMessage(m),
    saveState: (s) => api.setState(s),
    savedState: () => api.getState(),
  };
}

export function pageHost(): Host {
  return {
    post: () => undefined,
    saveState: (s) => {
      const hash = `#step=${s.step + 1}`;
      try {
        if (location.hash !== hash) history.replaceState(null, '', hash);
      } catch {
        // A sandboxed frame may refuse history changes; the replay works without them.
      }
    },
    savedState: () => {
      const m = /^#step=(\d+)$/.exec(location.hash);
      return m ? { step: Number(m[1]) - 1 } : undefined;
    },
  };
}
