// `rustmem mir`: the MIR of a file's functions, one by name, and the usage errors (exit 2).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { mirCommand } from '../../server/src/cli/commands/mir';

function io(cwd: string) {
  const out = { stdout: '', stderr: '' };
  return { out, io: { cwd, stdout: (t: string) => (out.stdout += t), stderr: (t: string) => (out.stderr += t) } };
}

describe('rustmem mir', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-mir-'));
  const file = path.join(dir, 'p.rs');
  fs.writeFileSync(file, 'fn twice(x: i32) -> i32 { x * 2 }\nfn main() {\n    let v = vec![twice(1)];\n    println!("{}", v.len());\n}\n');
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints each function in rustc\'s MIR shape with its frame', async () => {
    const { out, io: cli } = io(dir);
    assert.equal(await mirCommand.run(['p.rs'], cli), 0);
    assert.match(out.stdout, /^\/\/ frame in the debug build: \d+ bytes\nfn twice\(_1: i32\) -> i32 \{/);
    assert.match(out.stdout, /_2 = MulWithOverflow\(copy _1, const 2_i32\);/);
    assert.match(out.stdout, /drop\(_1\) -> \[return: bb\d+, unwind continue\]; \/\/ scopeEnd/);
  });

  it('--fn keeps one function; an unknown name or file is exit status 2', async () => {
    const one = io(dir);
    assert.equal(await mirCommand.run(['--fn', 'main', 'p.rs'], one.io), 0);
    assert.doesNotMatch(one.out.stdout, /fn twice/);
    const none = io(dir);
    assert.equal(await mirCommand.run(['--fn', 'nope', 'p.rs'], none.io), 2);
    assert.match(none.out.stderr, /no function named `nope`/);
    const missing = io(dir);
    assert.equal(await mirCommand.run(['missing.rs'], missing.io), 2);
    assert.match(missing.out.stderr, /cannot read missing.rs: no such file or directory/);
  });
});
