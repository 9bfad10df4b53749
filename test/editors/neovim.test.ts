// The README's Neovim snippets, each run as written (only the path to the checkout filled in) in a
// headless Neovim on a golden program with a use-after-move: the diagnostic arrives, every lens has
// a command, and the inspector lens writes the replay page through workspace/executeCommand. The
// 0.7–0.10 snippet runs on any Neovim from 0.7; the 0.11 one only where Neovim is 0.11 or newer.
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

/** The Lua block after the `<!-- neovim-VERSION-snippet -->` marker of the README. */
function readmeSnippet(version: string): string {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  const m = new RegExp(`<!-- neovim-${version.replace('.', '\\.')}-snippet -->\n\`\`\`lua\n([\\s\\S]*?)\n\`\`\``).exec(readme);
  assert.ok(m, `the README has the Neovim ${version} snippet after its marker`);
  return m[1]!;
}

/** The installed Neovim's [major, minor], or undefined without one. */
function neovimVersion(): [number, number] | undefined {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  const m = r.status === 0 ? /NVIM v(\d+)\.(\d+)/.exec(r.stdout) : null;
  return m ? [Number(m[1]), Number(m[2])] : undefined;
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

const SNIPPETS = [
  { snippet: '0.7', from: [0, 7], what: 'vim.lsp.start_client, for 0.7 to 0.10' },
  { snippet: '0.11', from: [0, 11], what: 'vim.lsp.config and vim.lsp.enable, for 0.11 and newer' },
] as const;

describe('Neovim (headless, the README snippets)', function () {
  this.timeout(NVIM_LIMIT_MS + 10_000);
  let installed: [number, number] | undefined;

  before(function () {
    installed = neovimVersion();
    if (!installed) {
      console.log('    skipped: `nvim` is not installed (CI installs Debian\'s neovim package in .ci/run)');
      this.skip();
    }
    console.log(`    Neovim ${installed.join('.')}`);
  });

  for (const { snippet, from, what } of SNIPPETS) {
    it(`the ${snippet} snippet (${what}) shows the use-after-move and opens the inspector through workspace/executeCommand`, async function () {
      const [major, minor] = installed!;
      if (major < from[0] || (major === from[0] && minor < from[1])) {
        console.log(`    skipped: the ${snippet} snippet needs Neovim ${from.join('.')} or newer; this one is ${installed!.join('.')}`);
        this.skip();
      }
      console.log(`    running the ${snippet} snippet`);
      await runSnippet(snippet);
    });
  }
});

async function runSnippet(snippet: string): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-nvim-'));
  try {
    const init = path.join(dir, 'init.lua');
    fs.writeFileSync(init, readmeSnippet(snippet).replace('/path/to/rust-memory-inspector/dist/cli.js', distFile('cli.js')));
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
    // rustc rejects the golden (E0382): the page is the refusal, rustc's error and no step.
    const replay = report.replay!;
    assert.equal(replay.steps, 0);
    assert.match(fs.readFileSync(replay.path, 'utf8'), /E0382/);
    assert.equal(fileURLToPath(replay.uri.replace(/#.*$/, '')), replay.path);
    assert.equal(path.dirname(replay.path), path.join(os.tmpdir(), 'rustmem-replay'));
    assert.match(fs.readFileSync(replay.path, 'utf8'), /<title>Memory replay: move_assign\.rs<\/title>/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
