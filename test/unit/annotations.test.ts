import * as assert from 'node:assert/strict';
import { initParser, parseRust } from '../../server/src/engine/parse/parser';
import { parseAnnotations, parseByteSize, defaultAlign, normaliseTypeName } from '../../server/src/engine/annotations';
import { hasEntryPoint } from '../../server/src/engine/entryPoint';

function annotations(src: string) {
  return parseAnnotations(parseRust(src));
}

/** The single `annotation-invalid` message of a one-annotation program, with its 1-based columns. */
function invalid(line: string) {
  const set = annotations(`fn main() {\n    ${line}\n    let x = 1;\n}\n`);
  assert.equal(set.diagnostics.length, 1, `one diagnostic for ${line}: ${JSON.stringify(set.diagnostics)}`);
  const d = set.diagnostics[0]!;
  assert.equal(d.code, 'annotation-invalid');
  assert.equal(d.severity, 'error');
  assert.equal(d.span.start.line, 1);
  return { message: d.message, text: `    ${line}`.slice(d.span.start.character, d.span.end.character) };
}

describe('annotations: sizes', () => {
  it('reads the units as documented (KB/MB decimal, KiB/MiB binary)', () => {
    const cases: [string, number][] = [
      ['65536', 65536], ['64 KiB', 65536], ['2 MiB', 2097152], ['8MB', 8000000], ['8 MiB', 8388608],
      ['1KB', 1000], ['16 B', 16], ['1_000', 1000], ['4 kib', 4096],
    ];
    for (const [text, bytes] of cases) assert.deepEqual(parseByteSize(text), { ok: true, bytes }, text);
  });

  it('rejects what is not a whole number of bytes', () => {
    for (const text of ['', 'KiB', '1.5 MiB', '12 XB', '-4', '8 GiB']) assert.equal(parseByteSize(text).ok, false, text);
  });

  it('derives a default alignment from the size', () => {
    assert.deepEqual([0, 1, 2, 3, 4, 6, 12, 16, 24, 40].map(defaultAlign), [1, 1, 2, 1, 4, 2, 4, 8, 8, 8]);
  });

  it('normalises type spellings', () => {
    assert.equal(normaliseTypeName('Vec < u8 >'), 'Vec<u8>');
    assert.equal(normaliseTypeName('HashMap<String,Vec<u8>>'), 'HashMap<String, Vec<u8>>');
    assert.equal(normaliseTypeName('[u8;4]'), '[u8; 4]');
    assert.equal(normaliseTypeName("&'a  mut T"), "&'a mut T");
  });
});

describe('annotations: directives', () => {
  before(() => initParser());

  it('reads every directive', () => {
    const src = [
      '// @mem stack 64 KiB',                       // 0
      '// @mem size other::Handle = 24 align 8',    // 1
      '// @mem size Tag = 3',                       // 2
      '// @mem expect size Vec<u8> = 24',           // 3
      '// @mem expect no-leak',                     // 4
      '// @mem expect output "dropping a"',         // 5
      '// @mem expect panic "already borrowed"',    // 6
      '// @mem entry',                              // 7
      'fn demo() {',                                // 8
      '    let a = 1; // @mem snapshot after a',    // 9
      '    // @mem snapshot',                       // 10
      '    // @mem expect drops a, b',              // 11
      '',                                           // 12
      '    drop(a);',                               // 13
      '}',                                          // 14
      '//@mem expect overflow',                     // 15
      '// @mem expect leak',                        // 16
      '// @mem expect panic',                       // 17
      'fn main() {}',                               // 18
    ].join('\n');
    const set = annotations(src);
    assert.deepEqual(set.diagnostics, []);
    assert.equal(set.entry, 'demo');
    assert.equal(set.mainStackBytes, 65536);
    assert.deepEqual([...set.sizeOverrides], [['other::Handle', { size: 24, align: 8 }], ['Tag', { size: 3, align: 1 }]]);
    assert.deepEqual(set.snapshots.map((s) => [s.label, s.line]), [['after a', 9], ['line 14', 13]]);
    assert.deepEqual(set.claims.map((c) => [c.directive, c.targetLine]), [
      [{ kind: 'expect-size', type: 'Vec<u8>', size: 24 }, 8],
      [{ kind: 'expect-leak', leak: false }, 8],
      [{ kind: 'expect-output', text: 'dropping a' }, 8],
      [{ kind: 'expect-panic', message: 'already borrowed' }, 8],
      [{ kind: 'expect-drops', names: ['a', 'b'] }, 13],
      [{ kind: 'expect-overflow' }, 18],
      [{ kind: 'expect-leak', leak: true }, 18],
      [{ kind: 'expect-panic' }, 18],
    ]);
    assert.equal(set.annotations.length, 14);
  });

  it('ignores comments that only mention @mem, doc comments, block comments and strings', () => {
    const set = annotations([
      'fn main() {',
      '    // this mentions @mem entry in the middle',
      '    /// @mem expect leak',
      '    //! @mem expect leak',
      '    /* @mem expect leak */',
      '    let s = "// @mem expect leak";',
      '    // @memory is not a directive',
      '}',
    ].join('\n'));
    assert.deepEqual(set.annotations, []);
    assert.deepEqual(set.diagnostics, []);
  });

  it('attaches to its own line when it trails code, else to the next line with code', () => {
    const set = annotations([
      'fn main() {',
      '    let a = 1; // @mem expect drops a',
      '    // @mem expect drops b',
      '    /* a block comment */',
      '    // an ordinary comment',
      '',
      '    let b = 2;',
      '    // @mem expect drops c',
      '}',
    ].join('\n'));
    assert.deepEqual(set.claims.map((c) => c.targetLine), [1, 6, 8]);
  });

  it('reads drop names with types, paths, fields and backticks', () => {
    const set = annotations('fn main() {\n    // @mem expect drops `a`, self.b, Rc<Node>  HashMap<K, V>, c\n    let a = 1;\n}\n');
    assert.deepEqual(set.claims[0]?.directive, { kind: 'expect-drops', names: ['a', 'self.b', 'Rc<Node>', 'HashMap<K, V>', 'c'] });
  });

  it('accepts `entry` trailing the fn line, and rejects it before other items or functions with parameters', () => {
    assert.equal(annotations('fn demo() { // @mem entry\n}\nfn main() {}\n').entry, 'demo');
    const notFn = annotations('// @mem entry\nstruct S;\nfn main() {}\n');
    assert.match(notFn.diagnostics[0]!.message, /`entry` must stand before a function/);
    const params = annotations('// @mem entry\nfn f(x: u8) {}\n');
    assert.equal(params.diagnostics[0]!.message, '`entry` must stand before a function without parameters; `f` takes some');
    const inside = annotations('fn f() {\n    // @mem entry\n    let x = 1;\n}\n');
    assert.match(inside.diagnostics[0]!.message, /must stand before a function/);
    const none = annotations('fn f() {}\n// @mem entry\n');
    assert.equal(none.diagnostics[0]!.message, '`entry` must stand before a function; none follows');
  });

  it('reads `entry` past attributes and comments, and rejects generic functions', () => {
    assert.equal(annotations('// @mem entry\n#[inline(never)]\n// the demo\npub fn demo() {}\nfn main() {}\n').entry, 'demo');
    assert.equal(annotations('// @mem entry\nfn demo(/* none */) {}\n').entry, 'demo');
    const generic = annotations('// @mem entry\nfn g<T>() {}\n');
    assert.equal(generic.diagnostics[0]!.message, '`entry` must stand before a function without generic parameters; `g` has some');
    const selfParam = annotations('struct S;\nimpl S {\n    // @mem entry\n    fn m(&self) {}\n}\n');
    assert.match(selfParam.diagnostics[0]!.message, /must stand before a function/);
  });

  it('an entry annotation gives a file without main something to run; a mention does not', () => {
    assert.equal(hasEntryPoint(parseRust('// @mem entry\nfn demo() {}\n')), true);
    assert.equal(hasEntryPoint(parseRust('fn demo() { // @mem entry\n}\n')), true);
    assert.equal(hasEntryPoint(parseRust('// see @mem entry in the README\nfn demo() {}\n')), false);
    assert.equal(hasEntryPoint(parseRust('// @mem entry\nfn demo(x: u8) {}\n')), false);
    assert.equal(hasEntryPoint(parseRust('fn main() {}\n')), true);
  });

  it('reports a second entry, stack or size of the same type', () => {
    const set = annotations('// @mem stack 1 MiB\n// @mem stack 2 MiB\n// @mem size T = 8\n// @mem size T = 16\nfn main() {}\n');
    assert.deepEqual(set.diagnostics.map((d) => [d.span.start.line, d.message]), [
      [1, '`stack` is already given on line 1; expected it once per program'],
      [3, 'the size of `T` is already given on line 3; expected it once per program'],
    ]);
    assert.equal(set.mainStackBytes, 1048576);
    assert.deepEqual(set.sizeOverrides.get('T'), { size: 8, align: 8 });
  });
});

describe('annotations: malformed', () => {
  before(() => initParser());

  const cases: [string, string, string][] = [
    ['// @mem', 'expected a directive after `@mem`: `entry`, `stack`, `snapshot`, `size` or `expect`', ''],
    ['// @mem frobnicate 3', 'unknown directive `frobnicate`: expected `entry`, `stack`, `snapshot`, `size` or `expect`', 'frobnicate'],
    ['// @mem entry main', '`entry` takes nothing after it; it applies to the next function', 'main'],
    ['// @mem stack', 'expected a stack size after `stack`, e.g. `stack 64 KiB`', 'stack'],
    ['// @mem stack lots', 'expected a whole number of bytes, optionally with a unit: B, KB (1000), KiB (1024), MB (1000000) or MiB (1048576), e.g. `64 KiB`, found `lots`', 'lots'],
    ['// @mem stack 0', 'expected a stack size above 0 bytes', '0'],
    ['// @mem stack 1.5 MiB', 'expected a whole number of bytes, optionally with a unit: B, KB (1000), KiB (1024), MB (1000000) or MiB (1048576), e.g. `64 KiB`, found `1.5 MiB`', '1.5 MiB'],
    ['// @mem snapshot "unclosed', 'expected a label: a word, several words, or a closed `"…"` string', '"unclosed'],
    ['// @mem size Handle', 'expected `<Type> = <bytes>` after `size`, e.g. `size Handle = 16 align 8`', 'Handle'],
    ['// @mem size = 8', 'expected a type before `=`, e.g. `size Handle = 16 align 8`', '='],
    ['// @mem size Vec<u8 = 8', 'expected a Rust type, found `Vec<u8`', 'Vec<u8'],
    ['// @mem size 3x = 8', 'expected a Rust type, found `3x`', '3x'],
    ['// @mem size T = big', 'expected a whole number of bytes, optionally with a unit: B, KB (1000), KiB (1024), MB (1000000) or MiB (1048576), e.g. `64 KiB`, found `big`', 'big'],
    ['// @mem size T = 12 align 3', 'expected the alignment to be a power of two from 1 to 2^29, found `3`', '12 align 3'],
    ['// @mem size T = 12 align 8', 'expected a size that is a multiple of the alignment: 12 is not a multiple of 8', '12 align 8'],
    ['// @mem expect', 'expected a claim after `expect`: `drops`, `size`, `leak`, `no-leak`, `panic`, `overflow` or `output`', 't'],
    ['// @mem expect wonders', 'unknown claim `expect wonders`: expected `drops`, `size`, `leak`, `no-leak`, `panic`, `overflow` or `output`', 'wonders'],
    ['// @mem expect drops', 'expected the names dropped, in order, e.g. `expect drops b, a`', 'drops'],
    ['// @mem expect drops a,,b', 'expected a name between the commas', ',,'],
    ['// @mem expect drops a, 3', 'expected a binding or type name, found `3`', '3'],
    ['// @mem expect size T', 'expected `<Type> = <bytes>` after `expect size`, e.g. `expect size Node = 24`', 'T'],
    ['// @mem expect leak please', '`expect leak` takes nothing after it', 'please'],
    ['// @mem expect no-leak 2', '`expect no-leak` takes nothing after it', '2'],
    ['// @mem expect overflow now', '`expect overflow` takes nothing after it', 'now'],
    ['// @mem expect panic oops', 'expected nothing or the panic message as a `"…"` string', 'oops'],
    ['// @mem expect output hello', 'expected the printed line as a `"…"` string, e.g. `expect output "dropping a"`', 'hello'],
    ['// @mem expect output "a" "b"', 'expected the printed line as a `"…"` string, e.g. `expect output "dropping a"`', '"a" "b"'],
  ];
  for (const [line, message, text] of cases) {
    it(`${line}`, () => {
      const got = invalid(line);
      assert.equal(got.message, message);
      if (text !== '') assert.equal(got.text, text);
    });
  }
});
