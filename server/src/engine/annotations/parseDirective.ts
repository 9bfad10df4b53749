// The text grammar of one directive (everything after `@mem`). Errors say what was expected,
// because the reader of an `annotation-invalid` diagnostic is usually writing the annotation.
import type { Directive } from './directive';
import { parseByteSize } from './byteSize';

/** Checks a Rust type written in an annotation; returns its normalised spelling, or undefined if it is not a type. */
export type TypeChecker = (text: string) => string | undefined;

export type DirectiveResult =
  | { ok: true; directive: Directive }
  /** `start`/`end` are offsets into the text given to `parseDirective`. */
  | { ok: false; message: string; start: number; end: number };

const DIRECTIVES = '`entry`, `stack`, `snapshot`, `size` or `expect`';
const CLAIMS = '`drops`, `size`, `leak`, `no-leak`, `panic`, `overflow` or `output`';

/** Reads a `"…"` string at the start of `text` (after blanks). Escapes: \" \\ \n \t. */
export function readQuoted(text: string): { value: string; rest: string } | undefined {
  const t = text.trimStart();
  if (!t.startsWith('"')) return undefined;
  let value = '';
  for (let i = 1; i < t.length; i++) {
    const c = t[i]!;
    if (c === '"') return { value, rest: t.slice(i + 1) };
    if (c === '\\' && i + 1 < t.length) {
      const n = t[++i]!;
      value += n === 'n' ? '\n' : n === 't' ? '\t' : n;
    } else {
      value += c;
    }
  }
  return undefined;
}

/**
 * Parses the text after `@mem` (`body`), e.g. ` expect drops a, b`. `checkType` validates type
 * names (the caller parses them with tree-sitter).
 */
export function parseDirective(body: string, checkType: TypeChecker): DirectiveResult {
  const lead = body.length - body.trimStart().length;
  const text = body.trim();
  const fail = (message: string, from = 0, to = text.length): DirectiveResult => ({
    ok: false, message, start: lead + from, end: lead + Math.max(to, from + 1),
  });
  if (text === '') return fail(`expected a directive after \`@mem\`: ${DIRECTIVES}`);
  const word = /^[A-Za-z][\w-]*/.exec(text)?.[0] ?? text.split(/\s/)[0]!;
  const restAt = (offset: number) => {
    const rest = text.slice(offset);
    return { rest: rest.trim(), at: offset + (rest.length - rest.trimStart().length) };
  };
  const { rest, at } = restAt(word.length);

  switch (word) {
    case 'entry':
      if (rest !== '') return fail('`entry` takes nothing after it; it applies to the next function', at);
      return { ok: true, directive: { kind: 'entry' } };
    case 'stack': {
      if (rest === '') return fail('expected a stack size after `stack`, e.g. `stack 64 KiB`', 0, word.length);
      const size = parseByteSize(rest);
      if (!size.ok) return fail(`expected ${size.expected}, found \`${rest}\``, at);
      if (size.bytes === 0) return fail('expected a stack size above 0 bytes', at);
      return { ok: true, directive: { kind: 'stack', bytes: size.bytes } };
    }
    case 'snapshot': {
      if (rest === '') return { ok: true, directive: { kind: 'snapshot' } };
      const quoted = readQuoted(rest);
      if (quoted && quoted.rest.trim() === '') return { ok: true, directive: { kind: 'snapshot', label: quoted.value } };
      if (rest.startsWith('"')) return fail('expected a label: a word, several words, or a closed `"…"` string', at);
      return { ok: true, directive: { kind: 'snapshot', label: rest } };
    }
    case 'size':
      return parseSize(rest, at, false, checkType, fail);
    case 'expect':
      return parseExpect(rest, at, checkType, fail);
    default:
      return fail(`unknown directive \`${word}\`: expected ${DIRECTIVES}`, 0, word.length);
  }
}

type Fail = (message: string, from?: number, to?: number) => DirectiveResult;

/** `<Type> = <bytes> [align <bytes>]`, for `size` and `expect size`. */
function parseSize(rest: string, at: number, claim: boolean, checkType: TypeChecker, fail: Fail): DirectiveResult {
  const name = claim ? 'expect size' : 'size';
  const example = claim ? '`expect size Node = 24`' : '`size Handle = 16 align 8`';
  // The last `=` splits, so a type like `dyn Iterator<Item = u8>` keeps its own `=`.
  const eq = rest.lastIndexOf('=');
  if (eq < 0) return fail(`expected \`<Type> = <bytes>\` after \`${name}\`, e.g. ${example}`, at, at + rest.length);
  const typeText = rest.slice(0, eq).trim();
  const value = rest.slice(eq + 1).trim();
  if (typeText === '') return fail(`expected a type before \`=\`, e.g. ${example}`, at, at + eq + 1);
  const type = checkType(typeText);
  if (type === undefined) return fail(`expected a Rust type, found \`${typeText}\``, at, at + typeText.length);
  const valueAt = at + eq + 1 + (rest.slice(eq + 1).length - rest.slice(eq + 1).trimStart().length);
  const m = /^(.*?)(?:\s+align\s+(.*))?$/.exec(value)!;
  const sizeText = m[1]!.trim();
  if (sizeText === '') return fail(`expected a size in bytes after \`=\`, e.g. ${example}`, valueAt - 1, valueAt);
  const size = parseByteSize(sizeText);
  if (!size.ok) return fail(`expected ${size.expected}, found \`${sizeText}\``, valueAt, valueAt + sizeText.length);
  let align: number | undefined;
  if (m[2] !== undefined) {
    const a = parseByteSize(m[2]);
    if (!a.ok || a.bytes === 0 || (a.bytes & (a.bytes - 1)) !== 0 || a.bytes > 2 ** 29) {
      return fail(`expected the alignment to be a power of two from 1 to 2^29, found \`${m[2].trim()}\``, valueAt, valueAt + value.length);
    }
    align = a.bytes;
    if (size.bytes % align !== 0) {
      return fail(`expected a size that is a multiple of the alignment: ${size.bytes} is not a multiple of ${align}`, valueAt, valueAt + value.length);
    }
  }
  if (claim) return { ok: true, directive: { kind: 'expect-size', type, size: size.bytes, ...(align !== undefined ? { align } : {}) } };
  return { ok: true, directive: { kind: 'size', type, size: size.bytes, align: align ?? defaultAlign(size.bytes) } };
}

/**
 * The alignment assumed when `size` gives none: the largest power of two that divides the size,
 * at most 8 (a pointer on 64-bit targets). Rust sizes are multiples of their alignment, and
 * types above 8-byte alignment are rare enough to be written out.
 */
export function defaultAlign(size: number): number {
  let align = 1;
  while (align < 8 && size % (align * 2) === 0 && size > 0) align *= 2;
  return align;
}

const NAME = /^`?([A-Za-z_][\w]*(?:\.[\w]+)*(?:::[A-Za-z_][\w]*)*(?:<[^>]*>)?)`?$/;

/** Splits `a, b c` at commas and blanks that are not inside `<…>`. */
function splitNames(text: string): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    const separator = c === undefined || (depth === 0 && (c === ',' || /\s/.test(c)));
    if (separator) {
      if (start >= 0) parts.push({ text: text.slice(start, i), start });
      start = -1;
      continue;
    }
    if (c === '<') depth++;
    if (c === '>') depth = Math.max(0, depth - 1);
    if (start < 0) start = i;
  }
  return parts;
}

function parseExpect(text: string, textAt: number, checkType: TypeChecker, fail: Fail): DirectiveResult {
  const claim = /^[A-Za-z][\w-]*/.exec(text)?.[0];
  if (!claim) return fail(`expected a claim after \`expect\`: ${CLAIMS}`, textAt - 1, textAt);
  const restText = text.slice(claim.length);
  const rest = restText.trim();
  const at = textAt + claim.length + (restText.length - restText.trimStart().length);
  const nothingAfter = (): DirectiveResult | undefined =>
    rest === '' ? undefined : fail(`\`expect ${claim}\` takes nothing after it`, at, at + rest.length);

  switch (claim) {
    case 'drops': {
      if (rest === '') return fail('expected the names dropped, in order, e.g. `expect drops b, a`', textAt, textAt + claim.length);
      const empty = /^,|,\s*,|,$/.exec(rest);
      if (empty) return fail('expected a name between the commas', at + empty.index, at + empty.index + empty[0].length);
      const names: string[] = [];
      for (const part of splitNames(rest)) {
        const m = NAME.exec(part.text);
        if (!m) return fail(`expected a binding or type name, found \`${part.text}\``, at + part.start, at + part.start + part.text.length);
        names.push(m[1]!);
      }
      return { ok: true, directive: { kind: 'expect-drops', names } };
    }
    case 'size':
      return parseSize(rest, at, true, checkType, fail);
    case 'leak':
      return nothingAfter() ?? { ok: true, directive: { kind: 'expect-leak', leak: true } };
    case 'no-leak':
      return nothingAfter() ?? { ok: true, directive: { kind: 'expect-leak', leak: false } };
    case 'overflow':
      return nothingAfter() ?? { ok: true, directive: { kind: 'expect-overflow' } };
    case 'panic': {
      if (rest === '') return { ok: true, directive: { kind: 'expect-panic' } };
      const q = readQuoted(rest);
      if (!q || q.rest.trim() !== '') return fail('expected nothing or the panic message as a `"…"` string', at, at + rest.length);
      return { ok: true, directive: { kind: 'expect-panic', message: q.value } };
    }
    case 'output': {
      const q = readQuoted(rest);
      if (!q || q.rest.trim() !== '') return fail('expected the printed line as a `"…"` string, e.g. `expect output "dropping a"`', at, at + Math.max(rest.length, 1));
      return { ok: true, directive: { kind: 'expect-output', text: q.value } };
    }
    default:
      return fail(`unknown claim \`expect ${claim}\`: expected ${CLAIMS}`, textAt, textAt + claim.length);
  }
}
