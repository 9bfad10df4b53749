// The webview's entry point. In VS Code it says `ready` and waits for the host to post a trace;
// in a standalone replay it reads the trace embedded in the page. Messages from outside are
// checked against the protocol before anything is done with them.
import { isToWebview, REPLAY_DATA_ID, REPLAY_GZIP_TYPE, REPLAY_PART_ATTRIBUTE, type ReplayData, type ReplayDocument, type ReplayPartData, type ToWebview } from '../../protocol/webview';
import type { TracePart } from '../../protocol/traceParts';
import { decodeSteps, decodeTrace, isTraceColumns } from '../../protocol/traceColumns';
import { pageHost, vscodeHost } from './host';
import { Inspector } from './inspector';

/** The JSON in one data element of a standalone page (see ReplayDocument), or undefined. */
async function readData(element: Element | null): Promise<unknown> {
  const text = element?.textContent;
  if (!element || !text) return undefined;
  try {
    if (element.getAttribute('type') !== REPLAY_GZIP_TYPE) return JSON.parse(text);
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return JSON.parse(await new Response(stream).text());
  } catch {
    return undefined;
  }
}

/** Reads the later parts of the page's trace, in order, handing each to the inspector. */
async function readParts(inspector: Inspector): Promise<void> {
  // The parts follow this script in the page: wait until the browser has read them.
  if (document.readyState === 'loading') await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
  const elements = Array.from(document.querySelectorAll(`script[${REPLAY_PART_ATTRIBUTE}]`));
  for (let i = 0; i < elements.length; i++) {
    const data = (await readData(elements[i]!)) as ReplayPartData | undefined;
    let part: TracePart;
    try {
      if (!data) break;
      part = { ...data, steps: decodeSteps(data.steps) };
    } catch {
      break;
    }
    inspector.append(part, i === elements.length - 1);
  }
}

/** The page's document with its trace read back from the columns, or undefined. */
function readDocument(data: unknown): ReplayDocument | undefined {
  const d = data as Partial<ReplayData> | undefined;
  if (!d || !isTraceColumns(d.trace)) return undefined;
  try {
    return { ...d, trace: decodeTrace(d.trace) };
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
      onAsIfAccepted: () => host.post({ type: 'asIfAccepted' }),
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
  const doc = readDocument(await readData(document.getElementById(REPLAY_DATA_ID)));
  const inspector = new Inspector(app, page, { source: doc?.source });
  if (!doc) {
    inspector.showStatus('This page holds no replay data.', false);
    return;
  }
  const saved = page.savedState() as { step?: number } | undefined;
  inspector.show(doc.trace, doc.trace.file, saved?.step ?? 0, doc.complete !== false);
  if (doc.complete === false) void readParts(inspector);
  window.addEventListener('hashchange', () => {
    const s = page.savedState() as { step?: number } | undefined;
    if (s?.step !== undefined) inspector.goto(s.step, false);
  });
}

/** What `read` returns, or undefined when the columns do not fit together. */
function decodeOr<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The document version of the trace shown: parts of another version are stale. */
let shownVersion = -1;

function handle(inspector: Inspector, m: ToWebview): void {
  switch (m.type) {
    case 'trace': {
      const trace = decodeOr(() => decodeTrace(m.trace));
      if (!trace) {
        inspector.showStatus('The trace could not be read.', false);
        break;
      }
      shownVersion = m.version;
      inspector.show(trace, m.uri, m.step, m.complete !== false);
      break;
    }
    case 'steps': {
      const steps = m.version === shownVersion ? decodeOr(() => decodeSteps(m.part.steps)) : undefined;
      if (steps) inspector.append({ ...m.part, steps }, m.complete);
      break;
    }
    case 'goto':
      inspector.goto(m.step, false);
      break;
    case 'status':
      inspector.showStatus(m.text, m.busy);
      break;
  }
}

void start();
