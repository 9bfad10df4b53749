// `rustmem mdbook`: an mdBook preprocessor. mdBook first asks `rustmem mdbook supports RENDERER`
// (exit 0 for html), then pipes `[context, book]` as JSON to `rustmem mdbook` and reads the book
// back from stdout. Each ```rust,rustmem block gets its diagnostics and a replay player under it;
// every other block and every other byte of the book is left as it was.
import type { CliCommand, CliIO } from '../command';
import { UsageError } from '../command';
import { rustSnippets, type RustSnippet } from '../../engine/markdown';
import { describeError } from '../../features/safely';
import { readReplayAssets, type ReplayAssets } from '../../replayPage';
import { TRACE_MAX_STEPS } from '../traceFile';
import { analyzeBlock, blockHtml, RUSTMEM_ATTRIBUTE } from '../mdbookBlock';

const USAGE = `Usage: rustmem mdbook [supports RENDERER]

An mdBook preprocessor. Under a code block whose info string has the \`rustmem\` attribute
(\`\`\`rust,rustmem), it puts the block's diagnostics and a replay of its run: a self-contained
player (no network) that steps through the stack and heap. Other blocks are left untouched.
\`// @mem\` annotations in the block apply as in the editor.

  rustmem mdbook supports html   exits 0 (html is the only renderer it supports)
  rustmem mdbook                 reads [context, book] as JSON on stdin, writes the book to stdout

In book.toml:

  [preprocessor.rustmem]
  command = "npx rustmem mdbook"
  max-steps = 20000        # optional: the step limit of each run (default ${TRACE_MAX_STEPS})

Exit status: 0 done (or the renderer is supported), 1 the renderer is not supported, 2 input that is
not mdBook's preprocessor JSON.
`;

/** A chapter as mdBook serialises it (only what this preprocessor reads or writes). */
interface Chapter {
  name?: string;
  content: string;
  path?: string | null;
  sub_items?: unknown[];
}

function isChapter(value: unknown): value is Chapter {
  return typeof value === 'object' && value !== null && typeof (value as Chapter).content === 'string';
}

/** The book's list of items: `sections` (mdBook 0.4) or `items` (later versions). */
function bookItems(book: unknown): unknown[] | undefined {
  if (typeof book !== 'object' || book === null) return undefined;
  const b = book as { sections?: unknown; items?: unknown };
  const items = b.sections ?? b.items;
  return Array.isArray(items) ? items : undefined;
}

/** Every chapter of the book, depth first, in book order. Separators and part titles are skipped. */
function chaptersOf(items: unknown[], out: Chapter[] = []): Chapter[] {
  for (const item of items) {
    const chapter = typeof item === 'object' && item !== null ? (item as { Chapter?: unknown }).Chapter : undefined;
    if (!isChapter(chapter)) continue;
    out.push(chapter);
    if (Array.isArray(chapter.sub_items)) chaptersOf(chapter.sub_items, out);
  }
  return out;
}

function maxStepsOf(context: unknown): number {
  const config = (context as { config?: { preprocessor?: Record<string, Record<string, unknown>> } } | null)?.config;
  const value = config?.preprocessor?.['rustmem']?.['max-steps'];
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : TRACE_MAX_STEPS;
}

/** The chapter with the HTML of each rustmem block inserted after the block's closing fence. */
async function processChapter(chapter: Chapter, assets: ReplayAssets, maxSteps: number, io: CliIO): Promise<number> {
  const blocks = rustSnippets(chapter.content).filter((s) => s.attributes.includes(RUSTMEM_ATTRIBUTE) && !s.skipped);
  if (blocks.length === 0) return 0;
  const lines = chapter.content.split('\n');
  const file = chapter.path ?? chapter.name ?? 'chapter.md';
  const inserts = new Map<number, string>();
  for (const [i, block] of blocks.entries()) {
    const report = await analyzeBlock(file, block, maxSteps, (f) =>
      io.stderr(`rustmem mdbook: ${file}: the ${f.check} check failed: ${describeError(f.error)}\n`),
    );
    inserts.set(insertLine(block, lines.length), blockHtml(report, assets, `Memory replay ${i + 1} of ${chapter.name ?? file}`));
  }
  const out: string[] = [];
  for (let l = 0; l < lines.length; l++) {
    out.push(lines[l]!);
    const html = inserts.get(l);
    if (html !== undefined) out.push('', html, '');
  }
  // A block never closed runs to the end of the chapter.
  const atEnd = inserts.get(lines.length);
  if (atEnd !== undefined) out.push('', atEnd, '');
  chapter.content = out.join('\n');
  return blocks.length;
}

/** The line after which the block's HTML goes: its closing fence, or the end of an unclosed block. */
function insertLine(block: RustSnippet, lineCount: number): number {
  return block.endLine < lineCount ? block.endLine : lineCount;
}

async function readStdin(): Promise<string> {
  process.stdin.setEncoding('utf8');
  let text = '';
  for await (const chunk of process.stdin) text += chunk as string;
  return text;
}

export const mdbookCommand: CliCommand = {
  name: 'mdbook',
  summary: 'mdBook preprocessor: a replay player under each ```rust,rustmem block',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    if (args[0] === 'supports') {
      if (args.length !== 2) throw new UsageError('`rustmem mdbook supports` takes one renderer name');
      return args[1] === 'html' ? 0 : 1;
    }
    if (args.length > 0) throw new UsageError(`unexpected argument \`${args[0]}\``);
    let input: unknown;
    try {
      input = JSON.parse(await readStdin());
    } catch (error) {
      io.stderr(`rustmem mdbook: stdin is not JSON: ${describeError(error)}\n`);
      return 2;
    }
    const items = Array.isArray(input) && input.length === 2 ? bookItems(input[1]) : undefined;
    if (!items) {
      io.stderr('rustmem mdbook: expected [context, book] from mdBook on stdin, with the book\'s `sections` (or `items`)\n');
      return 2;
    }
    const [context, book] = input as [unknown, unknown];
    const assets = readReplayAssets();
    const maxSteps = maxStepsOf(context);
    for (const chapter of chaptersOf(items)) await processChapter(chapter, assets, maxSteps, io);
    io.stdout(JSON.stringify(book));
    return 0;
  },
};
