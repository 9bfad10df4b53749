// The type checker's errors carry rustc's words, not only its code and line: on every program of
// the error corpus, each error the engine reports at one of rustc's errors (same code, same line)
// has rustc's message, except the differences listed here with their reason.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { initParser } from '../../../server/src/engine/parse/parser';
import { listFiles, readRustcErrors, rustcCoded, staticDiagnostics } from '../../support/errorGoldens';

const CORPUS = path.join(__dirname, '..', '..', 'golden', 'rejected', 'types');

/** Messages the engine words differently, by program: why. */
const KNOWN: Record<string, string> = {
  // rustc lists up to three uncovered values; the engine names the first one it finds.
  'e0004_match_char_ranges.rs': 'one witness of several',
  // Bounds are judged after the literal fallback, so `{float}` and `{integer}` print as `f64`, `i32`.
  'e0277_sort_floats.rs': 'f64 for {float}',
  'e0277_collect_vec_of_refs_into_owned.rs': 'i32 for {integer}',
  'e0277_iterate_option_ref_sum.rs': 'f64 for {float}',
  // rustc says "the method `map` exists … but its trait bounds were not satisfied" here, and "no
  // method named `map` found" for the same call in another context; the engine says the latter.
  'e0599_iterator_method_on_vec.rs': 'no method named for a trait method whose bounds fail',
};

describe('typeck: error messages are rustc\'s', function () {
  this.timeout(60_000);
  before(() => initParser());

  it('each error at one of rustc\'s has rustc\'s message', () => {
    const differ: string[] = [];
    let compared = 0;
    for (const file of listFiles(CORPUS, ['.rs'])) {
      const rustc = readRustcErrors(file);
      const name = path.basename(file);
      for (const d of rustcCoded(staticDiagnostics(file, fs.readFileSync(file, 'utf8'), []))) {
        const same = rustc.find((e) => e.code === d.code && e.line === d.span.start.line + 1);
        if (!same) continue;
        compared++;
        if (same.message !== d.message && !(name in KNOWN)) differ.push(`${name}: ${d.code} "${d.message}", rustc "${same.message}"`);
      }
    }
    console.log(`      ${compared} errors compared with rustc's message`);
    assert.ok(compared >= 120, `only ${compared} errors compared`);
    assert.deepEqual(differ, []);
  });
});
