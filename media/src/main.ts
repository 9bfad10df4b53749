// The webview's entry point. In VS Code it says `ready` and waits for the host to post a trace;
// in a standalone replay it reads the trace embedded in the page. Messages from outside are
// checked against the protocol before anything is done with them.
import { isToWebview, REPLAY_DATA_ID, type ReplayDocument, type ToWebview } from '../../protocol/webview';
import { pageHost, vscodeHost } from './host';
import { Inspector } from './inspector';

function start(): void {
  const app = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
  app.id = 'app';
  const host = vscodeHost();
  if (host) {
    document.body.classList.add('in-vscode');
    const inspector = new Inspector(app, host, {
      onUserStep: (step, line) => host.post({ type: 'step', step, line }),
      onLine: (line) => host.post({ type: 'reveal', line }),
    });
    inspector.showStatus('Waiting for the simulation…', true);
    window.addEventListener('message', (e: MessageEvent<unknown>) => {
      if (isToWebview(e.data)) handle(inspector, e.data);
    });
    host.post({ type: 'ready' });
    return;
  }
  const page = pageHost();
  document.body.classList.add('standalone');
  const data = document.getElementById(REPLAY_DATA_ID)?.textContent;
  let doc: ReplayDocument | undefined;
  try {
    doc = data ? (JSON.parse(data) as ReplayDocument) : undefined;
  } catch {
    doc = undefined;
  }
  const inspector = new Inspector(app, page, { source: doc?.source });
  if (!doc || !Array.isArray(doc.trace?.steps)) {
    inspector.showStatus('This page holds no replay data.', false);
    return;
  }
  const saved = page.savedState() as { step?: number } | undefined;
  inspector.show(doc.trace, doc.trace.file, saved?.step ?? 0);
  window.addEventListener('hashchange', () => {
    const s = page.savedState() as { step?: number } | undefined;
    if (s?.step !== undefined) inspector.goto(s.step, false);
  });
}

function handle(inspector: Inspector, m: ToWebview): void {
  switch (m.type) {
    case 'trace':
      inspector.show(m.trace, m.uri, m.step);
      break;
    case 'goto':
      inspector.goto(m.step, false);
      break;
    case 'status':
      inspector.showStatus(m.text, m.busy);
      break;
  }
}

start();
