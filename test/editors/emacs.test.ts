// The README's eglot snippet, run as written (only the path to the checkout filled in) in a batch
// Emacs on a golden program with a use-after-move: eglot connects the way `M-x eglot` does, the
// diagnostic arrives, a hover answers, and the snippet's `rustmem-inspect` writes the replay page
// through workspace/executeCommand.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distFile } from '../support/dist';

const root = path.join(__dirname, '..', '..');
const golden = path.join(root, 'test', 'golden', 'borrowck', 'move_assign.rs');
const EMACS_LIMIT_MS = 150_000;

/** The elisp block after the `<!-- emacs-eglot-snippet -->` marker of the README. */
function readmeSnippet(): string {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const m = /<!-- emacs-eglot-snippet -->\n```elisp\n([\s\S]*?)\n```/.exec(readme);
  assert.ok(m, 'the README has the eglot snippet after its marker');
  return m[1]!;
}

interface Report {
  emacs?: string;
  error?: string;
  mode?: string;
  server?: string;
  diagnostics?: { line: number; text: string }[];
  hover?: string | null;
  browsed?: string;
  replay?: { uri: string; path: string; steps: number };
}

function runEmacs(init: string, out: string, home: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('emacs', ['--batch', '-l', init, '-l', path.join(__dirname, 'emacs-driver.el')], {
      env: { ...process.env, HOME: home, RUSTMEM_EMACS_OUT: out, RUSTMEM_EMACS_FILE: golden },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), EMACS_LIMIT_MS);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

describe('Emacs (batch, eglot, the README snippet)', function () {
  this.timeout(EMACS_LIMIT_MS + 10_000);

  before(function () {
    const version = spawnSync('emacs', ['--batch', '--eval', "(princ (if (require 'eglot nil t) emacs-version \"no-eglot\"))"], { encoding: 'utf8' });
    if (version.status !== 0) {
      console.log('    skipped: `emacs` is not installed (CI installs Debian\'s emacs-nox and elpa-eglot packages in .ci/run)');
      this.skip();
    }
    if (version.stdout.trim() === 'no-eglot') {
      console.log('    skipped: this Emacs has no eglot (built in from Emacs 29; Debian 12 packages it as elpa-eglot)');
      this.skip();
    }
    console.log(`    Emacs ${version.stdout.trim()}`);
  });

  it('shows the use-after-move, answers a hover, and rustmem-inspect writes the replay page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-emacs-'));
    try {
      const init = path.join(dir, 'init.el');
      fs.writeFileSync(init, readmeSnippet().replace('/path/to/rust-memory-inspector/dist/cli.js', distFile('cli.js')));
      const out = path.join(dir, 'report.json');
      const run = await runEmacs(init, out, dir);
      assert.ok(fs.existsSync(out), `Emacs wrote no report (status ${run.status}): ${run.stderr}`);
      const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
      assert.equal(report.error, undefined, `${report.error}\n${run.stderr}`);
      assert.equal(report.server, 'rustmem');

      // The golden's rustc error, on rustc's line (7, 1-based), with eglot's `[code]` prefix.
      const moved = report.diagnostics?.find((d) => d.text.includes('[use-after-move]'));
      assert.ok(moved, JSON.stringify(report.diagnostics));
      assert.equal(moved.line, 7);
      assert.match(moved.text, /borrow of moved value: `s`/);

      assert.match(report.hover ?? '', /String/, `hover: ${report.hover}`);
      assert.doesNotMatch(report.hover ?? '', /command:/, 'no VS Code command links outside VS Code');

      // rustc rejects the golden (E0382): the page is the refusal, rustc's error and no step.
      const replay = report.replay!;
      assert.equal(replay.steps, 0);
      assert.match(fs.readFileSync(replay.path, 'utf8'), /E0382/);
      assert.equal(report.browsed, replay.uri);
      assert.equal(fileURLToPath(replay.uri.replace(/#.*$/, '')), replay.path);
      assert.match(fs.readFileSync(replay.path, 'utf8'), /<title>Memory replay: move_assign\.rs<\/title>/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
