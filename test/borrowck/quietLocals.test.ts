// The walk passes over the uses of whole locals no check can report on (borrowck/quietLocals.ts):
// every body of the borrow goldens (rejected and accepted) and the examples must give the same
// errors, in the same order, as the walk that checks every use; and the walk must pass over
// uses somewhere, or the shortcut saves nothing.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { borrowck, type BorrowckContext, uncheckable } from '../../server/src/engine/borrowck/check';
import { withClosureResults } from '../../server/src/engine/borrowck/closureResults';
import { QUIET, QUIET_READS, quietLocals } from '../../server/src/engine/borrowck/quietLocals';
import { DECLARED_SIGNATURES } from '../../server/src/engine/borrowck/signatures';
import { sourceFacts } from '../../server/src/engine/borrowck/sourceFacts';
import { frontEnd } from '../../server/src/engine/frontEnd';
import { buildMir } from '../../server/src/engine/mir/build';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';

const ROOT = path.join(__dirname, '..', '..');
const DIRS = ['test/golden/rejected/borrows', 'test/golden/borrowck', 'test/golden/permissions', 'examples'];

function programs(): string[] {
  return DIRS.flatMap((dir) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.rs')).map((f) => path.join(ROOT, dir, f)));
}

describe('borrowck: the uses the walk passes over', () => {
  before(() => initParser());

  it('change no error of any body, and are passed over somewhere', function () {
    this.timeout(300_000);
    let bodies = 0;
    let errors = 0;
    const passedOver = { [QUIET]: 0, [QUIET_READS]: 0 };
    for (const file of programs()) {
      const text = fs.readFileSync(file, 'utf8');
      const tree = parseRust(text);
      try {
        const fe = frontEnd(tree, text);
        if (tree.rootNode.hasError || fe.diagnostics.some((d) => d.severity === 'error')) continue;
        const mir = buildMir(fe);
        const source = sourceFacts(fe, mir.lowered);
        const cx: BorrowckContext = {
          calls: withClosureResults(DECLARED_SIGNATURES, mir.bodies),
          hasDropImpl: mir.hasDropImpl,
          declaredWithoutValue: (s) => source.declaredWithoutValue(s),
          letClosure: (s) => source.letClosure(s),
          letAnnotation: (s) => source.letAnnotation(s),
          closures: source,
        };
        for (const body of mir.bodies) {
          if (uncheckable(body)) continue;
          bodies++;
          const every = borrowck(body, cx, (f) => new Uint8Array(f.body.localDecls.length));
          const quiet = borrowck(body, cx, (f, moved, declared) => {
            const found = quietLocals(f, moved, declared);
            for (const q of found) if (q === QUIET || q === QUIET_READS) passedOver[q]++;
            return found;
          });
          assert.deepEqual(quiet, every, `${path.relative(ROOT, file)}: the body at line ${body.span.line + 1}`);
          errors += every.length;
        }
      } finally {
        tree.delete();
      }
    }
    assert.ok(bodies > 500, `only ${bodies} bodies checked`);
    assert.ok(errors > 100, `only ${errors} errors compared`);
    assert.ok(passedOver[QUIET] > 1000 && passedOver[QUIET_READS] > 100, `locals passed over: ${passedOver[QUIET]} quiet, ${passedOver[QUIET_READS]} quiet but for writes`);
  });
});
