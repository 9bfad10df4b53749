// The program a simulating command (`run`, `trace`, `replay`) runs from a file: the file itself,
// or for Markdown one ```rust block (`--snippet N`, else the first analysed block). The block's
// text keeps the Markdown file's line numbers, so output positions and traces point into it.
import { chooseSnippet, isMarkdownFile, rustSnippets } from '../engine/markdown';
import { UsageError } from './command';

/** Help text for the option, shared by the commands that take it. */
export const SNIPPET_OPTION = `  --snippet N     For a Markdown file: simulate its N-th \`\`\`rust block (counting every
                  \`\`\`rust block from 1); by default the first block that is not marked
                  \`ignore\` or \`compile_fail\``;

/** Reads `--snippet N` / `--snippet=N` at `args[i]`; returns the value and the index of the last argument used. */
export function snippetArg(args: readonly string[], i: number): { snippet: number; next: number } | undefined {
  const a = args[i]!;
  if (a !== '--snippet' && !a.startsWith('--snippet=')) return undefined;
  const v = a === '--snippet' ? args[i + 1] : a.slice('--snippet='.length);
  const n = v === undefined ? NaN : Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`\`--snippet\` needs a block number from 1, not \`${v ?? ''}\``);
  return { snippet: n, next: a === '--snippet' ? i + 1 : i };
}

/** The Rust source to simulate from `file`'s `text`. */
export function programSource(file: string, text: string, snippet?: number): string {
  if (!isMarkdownFile(file)) {
    if (snippet !== undefined) throw new UsageError('`--snippet` applies to Markdown files only');
    return text;
  }
  const chosen = chooseSnippet(rustSnippets(text), snippet);
  if (!chosen.ok) throw new UsageError(`cannot run ${file}: ${chosen.message}`);
  return chosen.snippet.text;
}
