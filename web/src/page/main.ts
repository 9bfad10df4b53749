// The playground page: the editor on the left, the Memory Inspector (the panel's own renderer) on
// the right, the engine in a worker (started by boot.js, which has already sent it the first
// program). Each edit re-analyses after the editor's 200 ms debounce; the program and the current
// step live in the URL fragment, so the address is the share link.
import { Inspector } from '../../../media/src/inspector';
import type { Host } from '../../../media/src/host';
import type { Trace } from '../../../protocol/trace';
import { DEFAULT_SETTINGS } from '../../../protocol/settings';
import type { EngineEvent } from './engine';
import { PlaygroundEditor } from './editor';
import type { Example } from './data';
import { booted, FILE } from './boot';
import { encodeProgram, writeFragment } from './share';

/** Quiet time after the last keystroke before the program is analysed again (as in the editor). */
const DEBOUNCE_MS = 200;

function byId<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`the page has no #${id}`);
  return e as T;
}

function setStatus(text: string, kind: 'busy' | 'ok' | 'bad'): void {
  const status = byId('status');
  status.textContent = text;
  status.dataset['kind'] = kind;
}

function initialTheme(): 'light' | 'dark' {
  try {
    const saved = localStorage.getItem('rustmem-theme');
    if (saved === 'light' || saved === 'dark') return saved;
  } catch {
    // storage may be off for file:// pages; the system preference decides
  }
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

async function start(): Promise<void> {
  const boot = await booted();
  const { engine } = boot;
  if (boot.unreadable) {
    const notice = byId('notice');
    notice.textContent = 'The link holds no readable program: showing an example.';
    notice.hidden = false;
  }
  const examples: Example[] = boot.examples;
  const shared = boot.encoded !== undefined;

  let theme = initialTheme();
  document.documentElement.dataset['theme'] = theme;

  let version = 1;
  document.body.dataset['analysing'] = String(version);
  let encoded: string | undefined = boot.encoded;
  let step: number | undefined = boot.step;
  let firstDrawn = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const writeHash = () => {
    try {
      history.replaceState(null, '', writeFragment(encoded, step));
    } catch {
      // a sandboxed frame may refuse; the page works without it
    }
  };

  const host: Host = {
    post: () => undefined,
    saveState: (s) => {
      step = s.step;
      editor.showStepLine(s.line, false);
      writeHash();
    },
    savedState: () => undefined,
  };
  const inspector = new Inspector(byId('app'), host, {
    onUserStep: (_step, line) => editor.showStepLine(line, true),
    onLine: (line) => editor.showStepLine(line, true),
  });
  inspector.showStatus('Starting the engine…', true);

  /** Keeps the share link in step with the program of `version`. */
  const writeProgram = (text: string, of: number) => {
    void encodeProgram(text).then((code) => {
      if (of !== version) return;
      encoded = code;
      writeHash();
    });
  };

  const analyze = () => {
    version++;
    document.body.dataset['analysing'] = String(version);
    setStatus('Analysing…', 'busy');
    // `npm run bench:web` reads these marks: from sending the text to drawing its replay.
    performance.mark(`playground-analyse-${version}`);
    engine.analyze(version, FILE, editor.text, DEFAULT_SETTINGS.maxSteps);
    writeProgram(editor.text, version);
  };

  const editor = new PlaygroundEditor(byId('editor'), boot.text, {
    onChange: () => {
      clearTimeout(timer);
      timer = setTimeout(analyze, DEBOUNCE_MS);
    },
    hover: (line, character) => engine.hover(version, line, character),
  }, theme === 'dark');

  function showTrace(trace: Trace): void {
    inspector.show(trace, FILE, step ?? 0, true);
    if (!firstDrawn) {
      firstDrawn = true;
      performance.mark('playground-first-analysis');
    }
  }

  function onEngine(event: EngineEvent): void {
    if (event.version !== version) return;
    switch (event.type) {
      case 'diagnostics': {
        editor.showDiagnostics(event.diagnostics);
        const n = event.diagnostics.length;
        document.body.dataset['diagnostics'] = String(n);
        if (event.final) {
          document.body.dataset['analysed'] = String(event.version);
          setStatus(n === 0 ? 'No findings' : `${n} finding${n === 1 ? '' : 's'}`, n === 0 ? 'ok' : 'bad');
        }
        break;
      }
      case 'trace':
        if (event.trace) showTrace(event.trace);
        else inspector.showStatus('Nothing to run: the program has no `fn main` (or `// @mem entry`).', false);
        performance.measure(`playground-analysis-${event.version}`, `playground-analyse-${event.version}`);
        document.body.dataset['traced'] = String(event.version);
        break;
      case 'failed':
        setStatus(`The engine failed: ${event.message}`, 'bad');
        inspector.showStatus(`The engine failed on this program: ${event.message}`, false);
        document.body.dataset['analysed'] = String(event.version);
        document.body.dataset['traced'] = String(event.version);
        break;
    }
  }

  const menu = byId<HTMLSelectElement>('examples');
  for (const [i, example] of examples.entries()) {
    const option = document.createElement('option');
    option.value = String(i);
    option.textContent = example.name;
    menu.append(option);
  }
  if (shared) {
    const custom = document.createElement('option');
    custom.value = '';
    custom.textContent = 'Shared program';
    menu.prepend(custom);
    menu.value = '';
  }
  menu.addEventListener('change', () => {
    const example = examples[Number(menu.value)];
    if (!example) return;
    step = 0;
    editor.setText(example.text);
    clearTimeout(timer);
    analyze();
  });

  const themeButton = byId<HTMLButtonElement>('theme');
  const showTheme = () => {
    themeButton.textContent = theme === 'dark' ? 'Light theme' : 'Dark theme';
    themeButton.setAttribute('aria-pressed', String(theme === 'dark'));
  };
  showTheme();
  themeButton.addEventListener('click', () => {
    theme = theme === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = theme;
    editor.setDark(theme === 'dark');
    showTheme();
    try {
      localStorage.setItem('rustmem-theme', theme);
    } catch {
      // not kept; the toggle still works for this page
    }
  });

  const link = byId<HTMLInputElement>('share-link');
  byId('share').addEventListener('click', async () => {
    const text = editor.text;
    encoded = await encodeProgram(text);
    writeHash();
    link.value = location.href;
    link.hidden = false;
    link.select();
    try {
      await navigator.clipboard.writeText(location.href);
      setStatus('Link copied', 'ok');
    } catch {
      setStatus('Copy the link from the box', 'ok');
    }
  });

  // Version 1 went to the engine from boot.js; its answers may have come already.
  setStatus('Analysing…', 'busy');
  engine.listen(onEngine);
  writeProgram(boot.text, version);
}

start().catch((error: unknown) => {
  const status = document.getElementById('status');
  if (status) status.textContent = `The playground could not start: ${error instanceof Error ? error.message : String(error)}`;
});
