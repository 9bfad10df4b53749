// The README's Neovim 0.7 snippet, run as written (only the path to the checkout filled in) in a
// headless Neovim on a golden program with a use-after-move: the diagnostic arrives, every lens has
// a command, and the inspector lens writes the replay page through workspace/executeCommand.
import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { distFile } from '../support/dist';

const root = path.join(__dirname, '..', '..');
const golden = path.join(root, 'test', 'golden', 'borrowck', 'move_assign.rs');
const NVIM_LIMIT_MS = 120_000;

/** The Lua block after the `<!-- neovim-0.7-snippet -->` marker of the README. */
function readmeSnippet(): string {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const m = /<!-- neovim-0\.7-snippet -->\n```lua\n([\s\S]*?)\n```/.exec(readme);
  assert.ok(m, 'the README has the Neovim 0.7 snippet after its marker');
  return m[1]!;
}

interface Report {
  error?: string;
  filetype?: string;
  commands?: string[];
  diagnostics?: { line: number; col: number; code?: string; message: string }[];
  lenses?: { command?: { title: string; command: string } }[];
  replay?: { uri: string; path: string; steps: number };
}

function runNeovim(init: string, out: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('nvim', ['--headless', '-n', '-i', 'NONE', '-u', init, golden, '-c', `luafile ${path.join(__dirname, 'neovim-driver.lua')}`], {
      env: { ...process.env, RUSTMEM_NVIM_OUT: out },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), NVIM_LIMIT_MS);
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

describe('Neovim (headless, the README snippet for 0.7 to 0.10)', function () {
  this.timeout(NVIM_LIMIT_MS + 10_000);

  before(function () {
    if (spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status !== 0) {
      console.log('    skipped: `nvim` is not installed (CI installs Debian\'s neovim package in .ci/run)');
      this.skip();
    }
  });

  it('shows the use-after-move and opens the inspector through workspace/executeCommand', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-nvim-'));
    try {
      const init = path.join(dir, 'init.lua');
      fs.writeFileSync(init, readmeSnippet().replace('/path/to/rust-memory-inspector/dist/cli.js', distFile('cli.js')));
      const out = path.join(dir, 'report.json');
      const run = await runNeovim(init, out);
      assert.ok(fs.existsSync(out), `Neovim wrote no report (status ${run.status}): ${run.stderr}`);
      const report = JSON.parse(fs.readFileSync(out, 'utf8')) as Report;
      assert.equal(report.error, undefined, `${report.error}\n${run.stderr}`);
      assert.equal(report.filetype, 'rust');
      assert.ok(report.commands?.includes('rustMemory.server.inspectMemory'), JSON.stringify(report.commands));

      // The golden's rustc error, at rustc's place (line 7, column 26 1-based).
      const moved = report.diagnostics?.find((d) => d.code === 'use-after-move');
      assert.ok(moved, JSON.stringify(report.diagnostics));
      assert.deepEqual([moved.line, moved.col], [6, 25]);
      assert.match(moved.message, /^borrow of moved value: `s`/);

      for (const lens of report.lenses ?? []) assert.ok(lens.command?.command, `a lens without a command: ${JSON.stringify(lens)}`);
      const replay = report.replay!;
      assert.ok(replay.steps > 0);
      assert.equal(fileURLToPath(replay.uri.replace(/#.*$/, '')), replay.path);
      assert.equal(path.dirname(replay.path), path.join(os.tmpdir(), 'rustmem-replay'));
      assert.match(fs.readFileSync(replay.path, 'utf8'), /<title>Memory replay: move_assign\.rs<\/title>/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
