import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../../server/src/cli/main';
import type { JsonLayout } from '../../server/src/cli/commands/layout';
import { buildTypeEnv, NO_SCOPE, type Layout, type LayoutResult } from '../../server/src/engine/layout';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { frontEnd } from '../../server/src/engine/frontEnd';

function program(text: string) {
  return frontEnd(parseRust(text), text);
}

const dir = path.join(__dirname, '..', 'golden', 'layout');
const corpus = path.join(dir, 'corpus.rs');

interface Expected {
  name: string;
  kind: string;
  size: number | null;
  align: number | null;
  fields: Array<{ name: string; offset: number; size: number }>;
  variants?: Array<{ name: string; fields: Array<{ name: string; offset: number; size: number }> }>;
}

async function cli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: process.cwd() });
  return { status, stdout, stderr };
}

function hasRustc(): boolean {
  try {
    execFileSync('rustc', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function known(l: LayoutResult): Layout {
  if (!l.known) assert.fail(`expected a layout, got unknown: ${l.reason}`);
  return l;
}

const corpora = fs.readdirSync(dir).filter((f) => f.endsWith('.rs')).sort();

describe('layout: rustc corpus', () => {
  before(() => initParser());

  it('holds at least 150 types measured by rustc', () => {
    const total = corpora.reduce((n, f) => n + (JSON.parse(fs.readFileSync(path.join(dir, f.replace(/\.rs$/, '.expected.json')), 'utf8')) as Expected[]).length, 0);
    assert.ok(total >= 150, `the corpora hold ${total} types`);
  });

  for (const name of corpora) {
    it(`rustmem layout --json matches rustc on ${name}, field and variant offsets included`, async () => {
      const file = path.join(dir, name);
      const expected = JSON.parse(fs.readFileSync(file.replace(/\.rs$/, '.expected.json'), 'utf8')) as Expected[];
      const { status, stdout } = await cli(['layout', '--json', file]);
      assert.equal(status, 0);
      const actual = JSON.parse(stdout) as JsonLayout[];
      const mismatches: string[] = [];
      const byName = new Map(actual.map((a) => [a.name, a]));
      for (const e of expected) {
        const a = byName.get(e.name);
        const got = a ? JSON.stringify({ kind: a.kind, size: a.size, align: a.align, fields: a.fields, variants: a.variants }) : 'missing';
        const want = JSON.stringify({ kind: e.kind, size: e.size, align: e.align, fields: e.fields, variants: e.variants });
        if (got !== want) mismatches.push(`${e.name}\n  rustc:   ${want}\n  rustmem: ${got}${a?.hint ? `\n  hint: ${a.hint}` : ''}`);
      }
      assert.equal(actual.length, expected.length, 'the same declarations are listed');
      assert.deepEqual(mismatches, []);
    });
  }

  it('the committed goldens are what rustc says today', function () {
    if (!hasRustc()) {
      console.log('      skipped: rustc is not on PATH, so the layout corpus cannot be re-recorded');
      this.skip();
    }
    this.timeout(180_000);
    const recorder = path.join(__dirname, '..', '..', 'scripts', 'goldens', 'layout.mjs');
    const script = `import(${JSON.stringify(recorder)}).then((m) => process.stdout.write(JSON.stringify(m.recordAll(${JSON.stringify(dir)}, { write: false }))))`;
    const changed = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as string[];
    assert.deepEqual(changed, [], 'these corpora record differently with this rustc (run `npm run record-goldens` and review the diff)');
  });
});

describe('layout: unknown stays unknown', () => {
  before(() => initParser());

  it('reports types from other crates and uninstantiated generics as null with a hint naming them', async () => {
    const file = path.join(__dirname, 'fixtures', 'layout-unknown.rs');
    const { status, stdout } = await cli(['layout', '--json', file]);
    assert.equal(status, 0);
    const rows = JSON.parse(stdout) as JsonLayout[];
    const row = (name: string) => rows.find((r) => r.name === name) ?? assert.fail(`no ${name}`);
    assert.equal(row('Config').size, null);
    assert.match(row('Config').hint ?? '', /serde_json::Value/);
    assert.equal(row('Imported').size, null);
    assert.match(row('Imported').hint ?? '', /regex::Regex/);
    assert.equal(row('Generic').size, null);
    assert.match(row('Generic').hint ?? '', /generic parameter `T`/);
    assert.deepEqual({ size: row('Plain').size, align: row('Plain').align }, { size: 16, align: 8 });
    assert.equal(row('Vecs').size, 24, 'a Vec of anything is three words');
  });

  it('never guesses an unsized or opaque type', () => {
    const env = buildTypeEnv(program(''));
    for (const t of ['str', '[u8]', 'dyn std::fmt::Debug', 'impl Clone', '_', 'Missing', 'other::Thing<u8>']) {
      const l = env.layoutOfText(t);
      assert.equal(l.known, false, t);
    }
  });
});

describe('layout: engine API', () => {
  before(() => initParser());

  it('binds generics given as text and describes what an owning pointer holds', () => {
    const env = buildTypeEnv(program('struct Pair<A, B> { a: A, b: B }'));
    const pair = known(env.layoutOfText('Pair<T, u8>', new Map([['T', 'u64']])));
    assert.deepEqual(pair.fields?.map((f) => [f.name, f.offset, f.type]), [['a', 0, 'u64'], ['b', 8, 'u8']]);
    const vec = known(env.layoutOfText('Vec<u64>'));
    assert.equal(vec.size, 24);
    assert.equal(vec.parts, 'pointer, capacity, length');
    assert.equal(vec.heap?.elementSize, 8);
  });

  it('reads niches: Option<bool> leaves 253 invalid values, Option<Box<T>> none', () => {
    const env = buildTypeEnv(program(''));
    assert.equal(known(env.layoutOfText('Option<bool>')).niche?.available, 253n);
    assert.equal(known(env.layoutOfText('Option<Box<u8>>')).niche, null);
    const res = known(env.layoutOfText('Result<u64, String>'));
    assert.equal(res.tag?.encoding, 'niche');
    assert.equal(res.tag?.untaggedVariant, 'Err');
  });

  it('resolves Self and enclosing generic parameters of a type node', () => {
    const src = 'struct W<T> { v: T }\nimpl W<u32> { fn f(&self) -> Option<Self> { None } }\nfn g<T>(x: Vec<T>, y: T) {}';
    const tree = parseRust(src);
    const fe = frontEnd(tree, src);
    const env = buildTypeEnv(fe);
    const [, impl, g] = fe.ast.root.items;
    assert.ok(impl?.kind === 'Impl' && g?.kind === 'Fn');
    const f = impl.items[0]!;
    assert.ok(f.kind === 'Fn');
    assert.equal(known(env.layoutOfType(f.sig.ret!, env.scopeIn(env.scopeIn(NO_SCOPE, impl), f))).size, 8);
    const inG = env.scopeIn(NO_SCOPE, g);
    assert.equal(known(env.layoutOfType(g.sig.params[0]!.ty, inG)).size, 24);
    const y = env.layoutOfType(g.sig.params[1]!.ty, inG);
    assert.equal(y.known, false);
    assert.deepEqual(y.known ? [] : y.unknownTypes, ['T']);
    assert.equal(known(env.layoutOfType(g.sig.params[1]!.ty, inG, new Map([['T', 'char']]))).size, 4);
  });

  it('applies size overrides by type name', () => {
    const env = buildTypeEnv(program(''), new Map([['Opaque', { size: 40, align: 8 }]]));
    assert.equal(known(env.layoutOfText('Opaque')).size, 40);
    assert.equal(known(env.layoutOfText('(u8, Opaque)')).size, 48);
  });

  it('lists fields in human output ordered by offset', async () => {
    const { status, stdout } = await cli(['layout', corpus]);
    assert.equal(status, 0);
    assert.match(stdout, /^Mixed\s+struct\s+8 B\s+4\s+1 B\n +@0 {2}b: +4 B\n +@4 {2}c: +2 B\n +@6 {2}a: +1 B$/m);
  });

  it('reports usage errors with status 2', async () => {
    assert.equal((await cli(['layout'])).status, 2);
    assert.equal((await cli(['layout', '--bogus', corpus])).status, 2);
    assert.equal((await cli(['layout', 'does-not-exist.rs'])).status, 2);
  });
});
