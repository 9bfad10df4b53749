// Bundled for the browser by panel.test.ts: builds the host's messages for a long trace inside the
// page, since carrying 40 MB of trace from Node into the page would measure the test's own pipe.
import { InspectorSession } from '../../client/src/inspector/session';
import type { ToWebview } from '../../protocol/webview';
import { bigTrace } from '../fixtures/inspector/big-trace';

(globalThis as unknown as { __bigMessages: (n: number) => ToWebview[] }).__bigMessages = (n: number) => {
  const posted: ToWebview[] = [];
  const session = new InspectorSession('file:///big.rs', { post: (m) => posted.push(m), highlight: () => undefined, reveal: () => undefined });
  session.receive({ type: 'ready' });
  session.showTrace({ version: 1, trace: bigTrace(n), lineOffset: 0 });
  return posted;
};
