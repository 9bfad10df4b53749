import * as assert from 'node:assert/strict';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { syntaxErrors } from '../../server/src/engine/syntaxErrors';

/** `line:column message` (1-based) of each syntax error in `text`. */
function errors(text: string): string[] {
  const tree = parseRust(text);
  try {
    return syntaxErrors(tree, text).map((d) => `${d.span.start.line + 1}:${d.span.start.character + 1} ${d.message}`);
  } finally {
    tree.delete();
  }
}

describe('syntax errors', () => {
  before(() => initParser());

  it('finds nothing in a valid file', () => {
    assert.deepEqual(errors('fn main() {\n    let v = vec![1, 2];\n    println!("{v:?}");\n}\n'), []);
  });

  it('names the missing `;` after a statement', () => {
    assert.deepEqual(errors('fn main() {\n    let x = 5\n    println!("{}", x);\n}\n'), ['2:13 expected `;` after `5`']);
  });

  it('reports a stray closing delimiter', () => {
    assert.deepEqual(errors('fn main() {\n    let x = foo(1, 2));\n}\n'), ['2:22 unexpected closing delimiter `)`']);
  });

  it('reports an unclosed delimiter at the delimiter', () => {
    assert.deepEqual(errors('fn main() {\n    if x { \n}\n'), ['1:11 unclosed delimiter `{`']);
  });

  it('says which separator a list was missing', () => {
    assert.deepEqual(errors('struct A { x: i32 y: i32 }\nfn main() {}\n'), ['1:19 expected `,`, found `y`']);
  });

  it('reports a MISSING token at its position', () => {
    assert.deepEqual(errors('fn main() {\n    let x = (1 + 2;\n    let y = 3;\n}\n'), ['2:19 expected `)`']);
  });

  it('reports an unterminated string', () => {
    assert.deepEqual(errors('fn main() {\n    let s = "abc;\n}\n'), ['2:13 unterminated double quote string']);
  });

  it('keeps analysing after an error: each broken function gets its own diagnostic', () => {
    const text = 'fn a() {\n    let x = 1\n    x;\n}\n\nfn b() {\n    let y = 2\n    y;\n}\n';
    assert.deepEqual(errors(text), ['2:13 expected `;` after `1`', '7:13 expected `;` after `2`']);
  });

  it('produces error diagnostics with the stable code and a one-line range', () => {
    const text = 'fn main() {\n    let = 3;\n}\n';
    const tree = parseRust(text);
    const [d] = syntaxErrors(tree, text);
    tree.delete();
    assert.equal(d?.code, 'syntax-error');
    assert.equal(d?.severity, 'error');
    assert.equal(d?.span.start.line, d?.span.end.line);
  });
});
