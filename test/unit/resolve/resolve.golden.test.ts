import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParser, parseRust } from '../../../server/src/engine/parse/parser';
import { lower } from '../../../server/src/engine/syntax/lower';
import { resolve } from '../../../server/src/engine/resolve';
import { rustCorpus } from '../../support/rustCorpus';

const dir = path.resolve(__dirname, '..', '..', 'golden', 'resolve');

function diagnosticsOf(text: string) {
  const tree = parseRust(text);
  const ast = lower(tree, text);
  tree.delete();
  return resolve(ast).diagnostics.map((d) => ({ code: d.code, line: d.span.line + 1, column: d.span.character + 1, message: d.message }));
}

describe('name resolution against rustc (test/golden/resolve, `npm run record-goldens` re-records)', () => {
  before(() => initParser());

  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.rs')).sort()) {
    it(file, () => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const expected = JSON.parse(fs.readFileSync(path.join(dir, file.replace(/\.rs$/, '.expected.json')), 'utf8')) as { errors: unknown[] };
      assert.deepEqual(diagnosticsOf(text), expected.errors);
    });
  }

  it('reports no resolution error on any program of the repository (all accepted by rustc)', () => {
    const found: string[] = [];
    // test/golden/resolve and test/golden/rejected hold programs rustc rejects on purpose.
    for (const p of rustCorpus().filter((q) => !/^test\/golden\/(resolve|rejected)\//.test(q.name))) {
      for (const d of diagnosticsOf(p.text)) found.push(`${p.name}:${d.line}:${d.column} ${d.code} ${d.message}`);
    }
    assert.deepEqual(found, []);
  });
});
