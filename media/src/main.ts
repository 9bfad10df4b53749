// The webview's entry point. In VS Code it says `ready` and waits for the host to post a trace;
// in a standalone replay it reads the trace embedded in the page. Messages from outside are
// checked against the protocol before anything is done with them.
import { isToWebview, REPLAY_DATA_ID, REPLAY_GZIP_TYPE, type ReplayDocument, type ToWebview } from '../../protocol/webview';
import { pageHost, vscodeHost } from './host';
import { Inspector } from './inspector';

/** The replay embedded in a standalone page (see ReplayDocument), or undefined. */
async function readEmbedded(): Promise<ReplayDocument | undefined> {
  const data = document.getElementById(REPLAY_DATA_ID);
  const text = data?.textContent;
  if (!data || !text) return undefined;
  try {
    if (data.getAttribute('type') !== REPLAY_GZIP_TYPE) return JSON.parse(text) as ReplayDocument;
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return JSON.parse(await new Response(stream).text()) as ReplayDocument;
  } catch {
    return undefined;
  }
}

async function start(): Promise<void> {
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
  const doc = await readEmbedded();
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

void start();
