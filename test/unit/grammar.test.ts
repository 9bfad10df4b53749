import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = path.join(__dirname, '..', '..');
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  contributes: { grammars?: { scopeName: string; path: string; injectTo?: string[] }[] };
};
const contributed = manifest.contributes.grammars?.find((g) => g.scopeName === 'source.rust.mem-annotation');
const fixtures = path.join(__dirname, 'fixtures', 'grammar');
const files: Record<string, string> = {
  'source.rust': path.join(fixtures, 'rust.tmLanguage.json'),
  'text.html.markdown': path.join(fixtures, 'markdown.tmLanguage.json'),
  'source.rust.mem-annotation': path.join(root, contributed?.path ?? 'syntaxes/mem-annotations.tmLanguage.json'),
};

let registry: vsctm.Registry;

async function load(): Promise<void> {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) => {
      const file = files[scopeName];
      return file ? vsctm.parseRawGrammar(fs.readFileSync(file, 'utf8'), file) : null;
    },
    // What VS Code does with `injectTo` in the manifest.
    getInjections: (scopeName) => (contributed?.injectTo ?? []).includes(scopeName) ? [contributed!.scopeName] : undefined,
  });
}

/** Tokenises `lines` and returns, for each non-blank token text, its innermost scopes joined. */
async function tokens(scope: string, lines: string[]): Promise<[string, string][][]> {
  const grammar = await registry.loadGrammar(scope);
  assert.ok(grammar, `grammar ${scope}`);
  let state = vsctm.INITIAL;
  const out: [string, string][][] = [];
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    out.push(r.tokens.map((t) => [line.slice(t.startIndex, t.endIndex), t.scopes.join(' ')] as [string, string]).filter(([text]) => text.trim() !== ''));
  }
  return out;
}

/** The scope list of the token whose text is `text` (trimmed) on a tokenised line. */
function scopeOf(line: [string, string][], text: string): string {
  const found = line.find(([t]) => t.trim() === text);
  assert.ok(found, `token ${JSON.stringify(text)} in ${JSON.stringify(line)}`);
  return found[1];
}

describe('@mem injection grammar', () => {
  before(async function () {
    await load();
  });

  it('is contributed in package.json, injected into Rust and Markdown', () => {
    assert.ok(contributed, 'contributes.grammars has source.rust.mem-annotation');
    assert.deepEqual([...(contributed.injectTo ?? [])].sort(), ['source.rust', 'text.html.markdown']);
    assert.ok(fs.existsSync(files['source.rust.mem-annotation']!));
  });

  it('highlights the keyword, directives, sizes, units, types, names, labels and strings', async () => {
    const [stack, size, drops, snapshot, output, flag, entry, unknown] = await tokens('source.rust', [
      '// @mem stack 64 KiB',
      '// @mem size other::Handle = 16 align 8',
      '    drop(a); // @mem expect drops b, a',
      '// @mem snapshot after the move',
      '// @mem expect output "dropping \\"a\\""',
      '// @mem expect no-leak',
      '// @mem entry',
      '// @mem frobnicate',
    ]);
    assert.match(scopeOf(stack!, '//'), /comment\.line\.double-slash\.rust.*punctuation\.definition\.comment\.rust$/);
    assert.match(scopeOf(stack!, '@mem'), /meta\.annotation\.mem storage\.type\.annotation\.mem$/);
    assert.match(scopeOf(stack!, 'stack'), /keyword\.control\.directive\.mem$/);
    assert.match(scopeOf(stack!, '64'), /constant\.numeric\.decimal\.mem$/);
    assert.match(scopeOf(stack!, 'KiB'), /keyword\.other\.unit\.mem$/);

    assert.match(scopeOf(size!, 'size'), /keyword\.control\.directive\.mem$/);
    assert.match(scopeOf(size!, 'other::Handle'), /entity\.name\.type\.mem$/);
    assert.match(scopeOf(size!, '='), /keyword\.operator\.assignment\.mem$/);
    assert.match(scopeOf(size!, '16'), /constant\.numeric\.decimal\.mem$/);
    assert.match(scopeOf(size!, 'align'), /keyword\.other\.align\.mem$/);
    assert.match(scopeOf(size!, '8'), /constant\.numeric\.decimal\.mem$/);

    assert.doesNotMatch(scopeOf(drops!, 'drop(a);'), /comment/);
    assert.match(scopeOf(drops!, 'expect'), /keyword\.control\.directive\.mem$/);
    assert.match(scopeOf(drops!, 'drops'), /keyword\.other\.claim\.mem$/);
    assert.match(scopeOf(drops!, 'b'), /variable\.other\.binding\.mem$/);
    assert.match(scopeOf(drops!, 'a'), /variable\.other\.binding\.mem$/);

    assert.match(scopeOf(snapshot!, 'after the move'), /entity\.name\.label\.mem$/);
    assert.match(scopeOf(output!, '\\"'), /string\.quoted\.double\.mem constant\.character\.escape\.mem$/);
    assert.match(scopeOf(output!, 'dropping'), /string\.quoted\.double\.mem$/);
    const [claim] = await tokens('source.rust', ['// @mem expect size dyn Iterator<Item = u8> = 16']);
    assert.match(scopeOf(claim!, 'size'), /keyword\.other\.claim\.mem$/);
    assert.match(scopeOf(claim!, 'dyn Iterator<Item = u8>'), /entity\.name\.type\.mem$/);
    assert.match(scopeOf(flag!, 'no-leak'), /keyword\.other\.claim\.mem$/);
    assert.match(scopeOf(entry!, 'entry'), /keyword\.control\.directive\.mem$/);
    assert.match(scopeOf(unknown!, 'frobnicate'), /invalid\.illegal\.directive\.mem$/);
  });

  it('leaves ordinary comments, doc comments, block comments and strings alone', async () => {
    const lines = await tokens('source.rust', [
      '// this mentions @mem entry in the middle',
      '/// @mem expect leak',
      '/* @mem expect leak */',
      'let s = "// @mem expect leak";',
    ]);
    for (const line of lines) for (const [, scopes] of line) assert.doesNotMatch(scopes, /\.mem\b/);
    assert.equal(lines[0]![0]![1], 'source.rust comment.line.double-slash.rust');
  });

  it('works inside ```rust blocks of Markdown', async () => {
    const lines = await tokens('text.html.markdown', ['```rust', 'let a = 1; // @mem expect drops a', '```', '// @mem expect leak']);
    assert.match(scopeOf(lines[1]!, '@mem'), /meta\.embedded\.block\.rust .*storage\.type\.annotation\.mem$/);
    assert.match(scopeOf(lines[1]!, 'a'), /variable\.other\.binding\.mem$/);
    for (const [, scopes] of lines[3]!) assert.doesNotMatch(scopes, /\.mem\b/);
  });
});
