/**
 * Rust code blocks of a Markdown file (an mdBook chapter, a README) as separate programs.
 *
 * Each snippet's program text keeps the Markdown file's line and column numbers: every line
 * outside the block is blank, mdBook's hidden-line markers are blanked rather than removed, and a
 * snippet without `fn main` is wrapped the way rustdoc does, with `fn main() {` written over its
 * opening fence line and `}` over its closing one. So diagnostics, hovers, CodeLenses and the
 * trace of a snippet are already in the Markdown file's coordinates; nothing is mapped back.
 *
 * Which blocks: fences whose info string starts with `rust` (```` ```rust ````,
 * ```` ```rust,should_panic ````, ```` ```rust ignore ````). Blocks marked `ignore` or
 * `compile_fail` are skipped: they are not meant to compile. Unlabelled fences are not read as
 * Rust (in books they are usually console output).
 */

export interface RustSnippet {
  /** 1-based among the file's ```rust blocks (skipped ones included), as `--snippet N` counts. */
  index: number;
  /** 0-based line of the opening fence. */
  fenceLine: number;
  /** 0-based line of the first code line. */
  startLine: number;
  /** 0-based line of the closing fence (or the line count when the block is never closed). */
  endLine: number;
  /** The attributes after `rust` in the info string: `ignore`, `should_panic`, `no_run`, `edition2021` … */
  attributes: string[];
  /** Why the block is not analysed, or undefined when it is. */
  skipped?: string;
  /** True when the code had no `fn main` and was wrapped in one. */
  wrappedInMain: boolean;
  /** The program: as many lines as the Markdown file up to the block's end, blank outside it. */
  text: string;
}

const OPEN = /^(\s*)(`{3,}|~{3,})\s*([^`]*?)\s*$/;
const SKIP = new Set(['ignore', 'compile_fail']);

/** Lines of `text`, without their line terminators (`\n` or `\r\n`). */
function splitLines(text: string): string[] {
  return text.split(/\r?\n/);
}

/** mdBook/rustdoc hidden lines (`# code`, a lone `#`) and the `##` escape, blanked in place. */
export function unhideLine(line: string): string {
  const indent = line.length - line.trimStart().length;
  const rest = line.slice(indent);
  if (rest === '#' || /^#\s/.test(rest) || rest.startsWith('##')) return `${line.slice(0, indent)} ${rest.slice(1)}`;
  return line;
}

function hasMain(code: string): boolean {
  return /\bfn\s+main\s*\(/.test(code);
}

function choosesEntry(code: string): boolean {
  return /^\s*\/\/\s*@mem\s+entry\b/m.test(code);
}

/** Every ```rust block of `markdown`, in order. */
export function rustSnippets(markdown: string): RustSnippet[] {
  const lines = splitLines(markdown);
  const snippets: RustSnippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i]!);
    if (!open) continue;
    const fence = open[2]!;
    let close = i + 1;
    const closes = (l: string) => {
      const t = l.trim();
      return t.length >= fence.length && t === fence[0]!.repeat(t.length);
    };
    while (close < lines.length && !closes(lines[close]!)) close++;
    const tokens = open[3]!.split(/[\s,]+/).filter((t) => t !== '');
    if (tokens[0] === 'rust' || tokens[0]?.startsWith('rust,')) {
      snippets.push(snippet(snippets.length + 1, lines, i, close, tokens.slice(1)));
    }
    i = close;
  }
  return snippets;
}

function snippet(index: number, lines: string[], fenceLine: number, endLine: number, attributes: string[]): RustSnippet {
  const skip = attributes.find((a) => SKIP.has(a));
  const code = lines.slice(fenceLine + 1, endLine).map(unhideLine);
  const body = code.join('\n');
  const wrap = !skip && !hasMain(body) && !choosesEntry(body);
  const program: string[] = new Array<string>(fenceLine).fill('');
  program.push(wrap ? 'fn main() {' : '', ...code);
  if (wrap) program.push('}');
  return {
    index,
    fenceLine,
    startLine: fenceLine + 1,
    endLine,
    attributes,
    ...(skip ? { skipped: `marked \`${skip}\`` } : {}),
    wrappedInMain: wrap,
    text: program.join('\n'),
  };
}

/** The snippet whose block (fences included) holds the 0-based `line`. */
export function snippetAt(snippets: readonly RustSnippet[], line: number): RustSnippet | undefined {
  return snippets.find((s) => line >= s.fenceLine && line <= s.endLine);
}

/** True for paths the engine reads as Markdown. */
export function isMarkdownFile(file: string): boolean {
  return /\.(md|markdown)$/i.test(file);
}

/**
 * The block `rustmem run/trace/replay` simulate for a Markdown file: block `n` (1-based, counting
 * every ```rust block) when given, else the first block that is analysed.
 */
export function chooseSnippet(snippets: readonly RustSnippet[], n?: number): { ok: true; snippet: RustSnippet } | { ok: false; message: string } {
  if (n === undefined) {
    const first = snippets.find((s) => !s.skipped);
    if (first) return { ok: true, snippet: first };
    return { ok: false, message: snippets.length === 0 ? 'it has no ```rust block' : 'all its ```rust blocks are marked `ignore` or `compile_fail`' };
  }
  const chosen = snippets[n - 1];
  if (!chosen) return { ok: false, message: `it has ${snippets.length} \`\`\`rust block${snippets.length === 1 ? '' : 's'}, so there is no block ${n}` };
  if (chosen.skipped) return { ok: false, message: `block ${n} (line ${chosen.fenceLine + 1}) is ${chosen.skipped}` };
  return { ok: true, snippet: chosen };
}
