import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { distFile, repoRoot } from '../support/dist';
import type { Trace } from '../../protocol/trace';
import { decodeTrace, isTraceColumns, type TraceColumns } from '../../protocol/traceColumns';
import { fnPermissionsFor, permissionsAt } from '../../protocol/permissions';

const DEMO = 'test/fixtures/inspector/demo.rs';
const HOSTILE = '<img src=x onerror=alert(1)></script>';

function cli(...args: string[]) {
  return spawnSync(process.execPath, [distFile('cli.js'), ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

describe('rustmem trace and rustmem replay', function () {
  this.timeout(60000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-cli-'));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('trace --json prints the trace as one JSON document of columns: 1-based lines, events, output, leaks, snapshots', () => {
    const r = cli('trace', '--json', DEMO);
    assert.equal(r.status, 0, r.stderr);
    const columns: unknown = JSON.parse(r.stdout);
    assert.ok(isTraceColumns(columns), 'the steps as columns');
    const trace = decodeTrace(columns);
    assert.equal(trace.version, 2, 'the version whose wire columns carry block edits');
    assert.equal(trace.entry, 'main');
    assert.equal(trace.steps.at(0)?.line, 15);
    assert.deepEqual(trace.steps.at(0)?.events.map((e) => e.kind === 'call' && e.fn), ['main']);
    assert.ok([...trace.steps].some((s) => s.line === 18 && s.events.some((e) => e.kind === 'realloc' && e.fromCapacity === 4 && e.toCapacity === 8)));
    assert.deepEqual(trace.output.map((o) => o.text), [`${HOSTILE}\n`, '15 3\n']);
    assert.ok(trace.leaks.length >= 2);
    for (const leak of trace.leaks) {
      assert.equal(typeof leak.type, 'string');
      assert.equal(typeof leak.size, 'number');
      assert.ok(leak.line === 24 || leak.line === 25);
    }
    assert.ok(trace.leaks.some((l) => (l.cycle?.length ?? 0) === 2), 'the Rc cycle is reported with its two edges');
    assert.equal(trace.snapshots[0]?.label, 'cycle');
    assert.equal(trace.steps.at(trace.snapshots[0]!.step)?.line, 27);
    assert.deepEqual(trace.end, { kind: 'exit', status: 0 });
  });

  it('trace --json carries the permissions the Memory Inspector shows: a variable loses W and O while a borrow of it lives', () => {
    const file = path.join(dir, 'borrowed_names.rs');
    fs.writeFileSync(file, [
      'fn main() {',
      '    let mut names = vec![String::from("ada")];',
      '    let head = &names[0];',
      '    println!("{head}");',
      '    names.push(String::from("grace"));',
      '    println!("{}", names.len());',
      '}',
      '',
    ].join('\n'));
    const r = cli('trace', '--json', file);
    assert.equal(r.status, 0, r.stderr);
    const trace = decodeTrace(JSON.parse(r.stdout) as TraceColumns);
    const main = fnPermissionsFor(trace.permissions ?? [], 'main', 3);
    assert.ok(main, `permissions of main in ${JSON.stringify(trace.permissions)}`);
    assert.deepEqual([3, 4, 5].map((line) => permissionsAt(main, 'names', line)), [
      { perms: 'RWO', why: '' },
      { perms: 'R--', why: '`head` borrows it until line 4' },
      { perms: 'RWO', why: '' },
    ]);
    assert.equal(permissionsAt(main, '*head', 4)?.perms, 'R--');
    // The same trace, read back by replay, gives the page the same permissions.
    const json = path.join(dir, 'borrowed_names.json');
    fs.writeFileSync(json, r.stdout);
    const page = path.join(dir, 'borrowed_names.html');
    const replayed = cli('replay', json, '-o', page);
    assert.equal(replayed.status, 0, replayed.stderr);
    assert.ok(fs.readFileSync(page, 'utf8').includes('`head` borrows it until line 4'));
  });

  it('trace --json of code that does not parse carries no permissions, rather than guesses', () => {
    const file = path.join(dir, 'broken.rs');
    fs.writeFileSync(file, 'fn main() {\n    let x = 1;\n    println!("{x}");\n}\nfn broken( {\n');
    const r = cli('trace', '--json', file);
    assert.equal(r.status, 0, r.stderr);
    const trace = decodeTrace(JSON.parse(r.stdout) as TraceColumns);
    assert.equal(trace.end.kind, 'unsupported');
    assert.deepEqual(trace.permissions, []);
  });

  it('trace prints one line per step with its events in words, then the ending and the leaks', () => {
    const r = cli('trace', DEMO);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^ 1 {2}line 15 +call main: new frame of \d+ B$/m);
    assert.match(r.stdout, /line 18 +realloc #1: capacity 4 → 8 \(32 B\): 4 elements moved to the new block, the old one \(16 B\) freed$/m);
    assert.match(r.stdout, /drop b \(Rc<Node>\): end of main, reverse declaration order/);
    assert.match(r.stdout, /^end: exited with status 0$/m);
    assert.match(r.stdout, /^leak: #\d+ RcBox<Node>, \d+ B, allocated at line 24 \(cycle: /m);
  });

  it('trace reports a missing file and a bad option with status 2', () => {
    const missing = cli('trace', 'no/such/file.rs');
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /rustmem trace: cannot read no\/such\/file\.rs: no such file or directory/);
    const bad = cli('trace', '--max-steps', 'many', DEMO);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /`--max-steps` needs a positive whole number/);
  });

  it('trace stops at --max-steps and says so in the trace', () => {
    const r = cli('trace', '--json', '--max-steps', '5', DEMO);
    assert.equal(r.status, 0, r.stderr);
    const trace = decodeTrace(JSON.parse(r.stdout) as TraceColumns);
    assert.equal(trace.end.kind, 'step-limit');
    assert.ok(trace.steps.length <= 6);
  });

  it('replay writes one self-contained page holding the trace, with program strings escaped', () => {
    const out = path.join(dir, 'demo.html');
    const r = cli('replay', DEMO, '-o', out);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^wrote .*demo\.html: \d+ steps, \d+ leaked blocks\n$/);
    const html = fs.readFileSync(out, 'utf8');
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-[^']+'; style-src 'nonce-[^']+'/);
    const data = /<script type="application\/json" id="rustmem-replay">(.*?)<\/script>/s.exec(html)?.[1];
    assert.ok(data, 'the data element');
    assert.ok(!data.includes(HOSTILE));
    const doc = JSON.parse(data) as { trace: TraceColumns; source: string };
    assert.equal(doc.trace.output[0]?.text, `${HOSTILE}\n`);
    assert.equal(doc.source, fs.readFileSync(path.join(repoRoot, DEMO), 'utf8'));
    assert.ok(!/<(link|img|iframe)\b|\bsrc=["']?https?:/i.test(html.replace(data, '')), 'nothing to fetch');
  });

  it('replay also reads a trace written by trace --json, and refuses other JSON', () => {
    const json = path.join(dir, 'demo.json');
    fs.writeFileSync(json, cli('trace', '--json', DEMO).stdout);
    const out = path.join(dir, 'from-json.html');
    const r = cli('replay', json, '--output', out);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(fs.statSync(out).size > 10000);
    const other = path.join(dir, 'other.json');
    fs.writeFileSync(other, '{"steps": 3}');
    const bad = cli('replay', other, '-o', path.join(dir, 'x.html'));
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /is not a trace written by `rustmem trace --json`/);
    // Columns cut short are refused too, not replayed as fewer steps.
    const columns = JSON.parse(fs.readFileSync(json, 'utf8')) as TraceColumns;
    fs.writeFileSync(other, JSON.stringify({ ...columns, steps: { ...columns.steps, values: [] } }));
    const cut = cli('replay', other, '-o', path.join(dir, 'x.html'));
    assert.equal(cut.status, 2);
    assert.match(cut.stderr, /is not a trace written by `rustmem trace --json`/);
  });

  it('replay without -o writes rustmem-replay/NAME.html in the working directory, never beside FILE', () => {
    const work = fs.mkdtempSync(path.join(dir, 'cwd-'));
    const source = path.join(repoRoot, DEMO);
    const r = spawnSync(process.execPath, [distFile('cli.js'), 'replay', source], { cwd: work, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const page = path.join('rustmem-replay', 'demo.html');
    assert.match(r.stdout, new RegExp(`^wrote ${page.replace(/[.\\/]/g, '\\$&')}: \\d+ steps`));
    assert.ok(fs.statSync(path.join(work, page)).size > 10000);
    assert.equal(fs.existsSync(path.join(path.dirname(source), 'demo.html')), false, 'nothing written into the source tree');
  });

  it('layout prints its table and the fields of every type in aligned columns', () => {
    const file = path.join(dir, 'shapes.rs');
    fs.writeFileSync(file, 'struct Packet { tag: u8, len: u32, flags: u16 }\nstruct Node { name: String, next: Option<Box<Node>> }\n');
    const r = cli('layout', file);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.deepEqual(lines[0]!.split(/\s+/), ['NAME', 'KIND', 'SIZE', 'ALIGN', 'PADDING']);
    const tableEnds = lines.filter((l) => !l.startsWith('    ')).map((l) => l.length);
    assert.equal(new Set(tableEnds).size, 1, `every table row ends in the same column:\n${r.stdout}`);
    const fields = lines.filter((l) => /^ +@\d+/.test(l));
    assert.equal(fields.length, 5);
    assert.equal(new Set(fields.map((l) => l.search(/[a-z]/))).size, 1, `the field names line up:\n${r.stdout}`);
    assert.equal(new Set(fields.map((l) => l.length)).size, 1, `the field sizes line up:\n${r.stdout}`);
  });
});
