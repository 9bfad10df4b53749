// V8's code cache of the CLI's bundles: the first run writes it (the simulation worker's once its
// first job is done), the next run accepts it rather than writing it again, and prints the same;
// a `check` of a file with `fn main` has a cache of its own, written again by a run that used a
// part of the bundle (the simulator) the cache's writer had not.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { distFile } from '../support/dist';

const RUNNABLE = 'fn main() {\n    let v = vec![1, 2, 3];\n    println!("{}", v.len());\n}\n';

describe('rustmem and V8\'s code cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-code-cache-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function rustmem(...args: string[]) {
    const r = spawnSync(process.execPath, [distFile('cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, RUSTMEM_CACHE_DIR: path.join(dir, 'cache') } });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout;
  }

  function run(file: string) {
    return rustmem('run', file);
  }

  /** Writes `text` to `name` in the test's directory. */
  function source(name: string, text: string): string {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  }

  const CHECKED = '0 errors, 0 warnings in 1 file\n';

  /** Node 22.1 and later keep the cache themselves, in another layout. */
  function skipWhereNodeKeepsTheCache(test: Mocha.Context): void {
    if ('enableCompileCache' in (require('node:module') as object)) {
      console.log(`      (skipped: Node ${process.version} keeps its own compile cache)`);
      test.skip();
    }
  }

  /** The cache files by bundle name, with their sizes and modification times. */
  function caches(): Map<string, fs.Stats> {
    const v8 = path.join(dir, 'cache', 'v8');
    const out = new Map<string, fs.Stats>();
    for (const name of fs.existsSync(v8) ? fs.readdirSync(v8) : []) out.set(name.replace(/-[0-9a-f]{8}\.bin$/, ''), fs.statSync(path.join(v8, name)));
    return out;
  }

  it('`run` writes the CLI\'s and the worker\'s caches once, then reads them', function () {
    skipWhereNodeKeepsTheCache(this);
    const file = path.join(dir, 'main.rs');
    fs.writeFileSync(file, RUNNABLE);
    const first = run(file);
    const written = caches();
    assert.deepEqual([...written.keys()].sort(), ['cliMain.run', 'simWorkerMain']);
    // Written after the worker's job, it holds the parser's, checker's and simulator's code, not
    // only the bundle's top level: 87 % of the bundle's size when this was written, against 51 %
    // for a cache written right after loading.
    const bundle = fs.statSync(distFile('simWorkerMain.js')).size;
    const cache = written.get('simWorkerMain')!.size;
    assert.ok(cache > 0.7 * bundle, `the worker's cache is ${cache} bytes, its bundle ${bundle}`);
    assert.equal(run(file), first);
    for (const [name, stat] of caches()) assert.equal(stat.mtimeMs, written.get(name)!.mtimeMs, `${name}'s cache was written again`);
  });

  it('each command keeps its own cache of the CLI, so one run first does not leave another the bundle\'s top level', function () {
    skipWhereNodeKeepsTheCache(this);
    const file = path.join(dir, 'point.rs');
    fs.writeFileSync(file, 'struct Point {\n    x: i32,\n}\n');
    rustmem('--version');
    const afterVersion = caches();
    assert.deepEqual([...afterVersion.keys()], ['cliMain.other']);
    const checked = rustmem('check', file);
    assert.equal(checked, '0 errors, 0 warnings in 1 file\n');
    const afterCheck = caches();
    assert.deepEqual([...afterCheck.keys()].sort(), ['cliMain.check', 'cliMain.other']);
    // The check's cache holds the parser's and the checks' code beside the top level: more than
    // twice the top level's (2.3 times; 6 when it also held std's encoded declarations).
    const top = afterCheck.get('cliMain.other')!.size;
    const check = afterCheck.get('cliMain.check')!.size;
    assert.ok(check > 2 * top, `the check's cache is ${check} bytes, the top level's ${top}`);
    assert.equal(rustmem('check', file), checked);
    assert.equal(caches().get('cliMain.check')!.mtimeMs, afterCheck.get('cliMain.check')!.mtimeMs, 'the check\'s cache was written again');
  });

  it('a `check` of files that may be simulated keeps a cache of its own, so one without `fn main` does not read the simulator\'s code', function () {
    skipWhereNodeKeepsTheCache(this);
    const plain = source('point.rs', 'struct Point {\n    x: i32,\n}\n');
    const runnable = source('main.rs', RUNNABLE);
    assert.equal(rustmem('check', plain), CHECKED);
    assert.equal(rustmem('check', '--deny', 'warnings', runnable), CHECKED);
    const written = caches();
    assert.deepEqual([...written.keys()].sort(), ['cliMain.check', 'cliMain.check-run']);
    // The bodies' MIR, the borrow checker's and the simulator's code: a quarter more when this was written.
    const check = written.get('cliMain.check')!.size;
    const run = written.get('cliMain.check-run')!.size;
    assert.ok(run > 1.15 * check, `the simulated check's cache is ${run} bytes, the other's ${check}`);
    for (const file of [plain, runnable]) assert.equal(rustmem('check', file), CHECKED);
    for (const [name, stat] of caches()) assert.equal(stat.mtimeMs, written.get(name)!.mtimeMs, `${name}'s cache was written again`);
  });

  it('a `check` that simulates writes the cache again, once, when the run that wrote it did not simulate', function () {
    skipWhereNodeKeepsTheCache(this);
    // `fn main` in a module: the text names a main, so the check reads the simulated checks' cache,
    // but the file has no entry point and is not simulated.
    const notRun = source('module_main.rs', 'mod inner {\n    pub fn main() {}\n}\n');
    const runnable = source('main.rs', RUNNABLE);
    assert.equal(rustmem('check', notRun), CHECKED);
    const first = caches().get('cliMain.check-run')!;
    assert.equal(rustmem('check', runnable), CHECKED);
    const widened = caches().get('cliMain.check-run')!;
    assert.notEqual(widened.mtimeMs, first.mtimeMs, 'a check that simulated left the cache of one that did not');
    assert.ok(widened.size > 1.15 * first.size, `the cache is ${widened.size} bytes after simulating, ${first.size} before`);
    for (const file of [notRun, runnable]) {
      assert.equal(rustmem('check', file), CHECKED);
      assert.equal(caches().get('cliMain.check-run')!.mtimeMs, widened.mtimeMs, `the cache was written again after checking ${path.basename(file)}`);
    }
  });

  it('a bundle changed in place, at the same length, gets a new cache and runs its new code', function () {
    skipWhereNodeKeepsTheCache(this);
    // A copy of the CLI, so the test can change its bundle: V8 only checks a cache against the
    // source's length, so the cache must know the file changed.
    const copy = path.join(dir, 'dist');
    fs.mkdirSync(copy);
    for (const name of ['cli.js', 'cliMain.js', 'stdDecls.json', 'tree-sitter.wasm', 'tree-sitter-rust.wasm']) fs.copyFileSync(distFile(name), path.join(copy, name));
    const file = path.join(dir, 'point.rs');
    fs.writeFileSync(file, 'struct Point {\n    x: i32,\n}\n');
    const checkWithCopy = () => {
      const r = spawnSync(process.execPath, [path.join(copy, 'cli.js'), 'check', file], { encoding: 'utf8', env: { ...process.env, RUSTMEM_CACHE_DIR: path.join(dir, 'cache') } });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout;
    };
    assert.equal(checkWithCopy(), '0 errors, 0 warnings in 1 file\n');
    const bundle = path.join(copy, 'cliMain.js');
    const text = fs.readFileSync(bundle, 'latin1');
    // The summary's `plural(files, 'file')`, as esbuild names the function.
    const word = /(plural\d*\(files,)"file"\)/g;
    assert.equal(text.match(word)?.length, 1, 'the bundle no longer names the summary\'s files as plural(files, "file")');
    fs.writeFileSync(bundle, text.replace(word, '$1"fyle")'), 'latin1');
    assert.equal(checkWithCopy(), '0 errors, 0 warnings in 1 fyle\n');
    assert.equal(checkWithCopy(), '0 errors, 0 warnings in 1 fyle\n');
  });
});
