// The verdict a run refuses a program by, decided by the caller that has already checked the file
// (the language server hands its own to the simulation worker) or by the run itself: both must
// end the run the same way on every kind of program, rejected for a type, a borrow or a use after
// move, and accepted.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { programRejection } from '../../server/src/engine/rejection';
import { simulate } from '../../server/src/engine/sim/index';

const GOLDEN = path.join(__dirname, '..', 'golden');

function programs(): { name: string; text: string }[] {
  const pick = (dir: string, n: number) => fs.readdirSync(path.join(GOLDEN, dir)).filter((f) => f.endsWith('.rs')).sort().slice(0, n)
    .map((f) => ({ name: `${dir}/${f}`, text: fs.readFileSync(path.join(GOLDEN, dir, f), 'utf8') }));
  return [...pick('rejected/types', 6), ...pick('rejected/borrows', 12), ...pick('programs/core', 6)];
}

describe('programRejection: the verdict a run refuses by', () => {
  before(async () => {
    await initParser();
  });

  it('given by the caller, ends every run as the run\'s own verdict does', () => {
    let refused = 0;
    for (const { name, text } of programs()) {
      const tree = parseRust(text);
      try {
        const verdict = programRejection(name, text, tree);
        if (verdict) refused++;
        const own = simulate(text, { file: name, recordTrace: false });
        const given = simulate(text, { file: name, recordTrace: false, rejection: verdict });
        assert.deepEqual(given.trace.end, own.trace.end, name);
        assert.equal(given.stdout, own.stdout, name);
      } finally {
        tree.delete();
      }
    }
    assert.ok(refused >= 18, `the rejected programs were refused (${refused})`);
  });

  it('is what the run obeys: a verdict given is not checked again', () => {
    const text = 'fn main() {\n    let v = vec![1];\n    println!("{}", v[0]);\n}\n';
    const tree = parseRust(text);
    const accepted = programRejection('ok.rs', text, tree);
    tree.delete();
    assert.equal(accepted, null);
    const error = { span: { start: { line: 1, character: 4 }, end: { line: 1, character: 5 } }, severity: 'error' as const, code: 'E0499', message: 'cannot borrow `v` as mutable more than once at a time', related: [] };
    const r = simulate(text, { file: 'ok.rs', rejection: { error, byBorrowck: true } });
    assert.equal(r.trace.end.kind, 'rejected');
    assert.equal(r.trace.end.kind === 'rejected' && r.trace.end.code, 'E0499');
  });
});
