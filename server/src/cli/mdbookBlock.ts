// One ```rust,rustmem block of an mdBook chapter, analysed and simulated, and the HTML that goes
// under it: the block's diagnostics, then its replay as a self-contained player (the replay page of
// `rustmem replay` in a sandboxed iframe's srcdoc, so the book makes no request for it).
import type { RustSnippet } from '../engine/markdown';
import type { EngineDiagnostic } from '../engine/diagnostic';
import { analyzeDocument, type CheckFailure } from '../engine/analysis';
import { hasEntryPoint } from '../engine/entryPoint';
import { initParser, parseRust } from '../engine/parse/parser';
import { DEFAULT_SETTINGS } from '../../../protocol/settings';
import type { Trace } from '../../../protocol/trace';
import { replayPage, type ReplayAssets } from '../replayPage';
import { traceFile } from './traceFile';
import { treePermissions } from '../engine/borrowck/tracePermissions';

/** The info-string attribute that asks for a replay. */
export const RUSTMEM_ATTRIBUTE = 'rustmem';

export interface BlockReport {
  /** The block as a program of its own (see blockProgram); diagnostics and the player use its lines. */
  program: string;
  diagnostics: EngineDiagnostic[];
  trace: Trace | undefined;
  /** Why there is no replay, when there is none. */
  noReplay?: string;
}

/**
 * The block's code as a program of its own: from its first line, or from the `fn main() {` wrapper
 * that rustdoc would put around code without a `main` (written over the opening fence).
 */
export function blockProgram(snippet: RustSnippet): string {
  return snippet.text.split('\n').slice(snippet.wrappedInMain ? snippet.fenceLine : snippet.startLine).join('\n');
}

export async function analyzeBlock(file: string, snippet: RustSnippet, maxSteps: number, onError: (f: CheckFailure) => void): Promise<BlockReport> {
  await initParser();
  const program = blockProgram(snippet);
  const tree = parseRust(program);
  try {
    let trace: Trace | undefined;
    let noReplay: string | undefined;
    if (tree.rootNode.hasError) noReplay = 'The block has syntax errors, so it was not run.';
    else if (!hasEntryPoint(tree)) noReplay = 'The block has nothing to run.';
    else {
      try {
        trace = (await traceFile(file, program, { maxSteps })).trace;
        // The player's permissions strip and badges, as the panel and `rustmem replay` show them.
        if (trace.end.kind !== 'rejected') trace.permissions = treePermissions(tree, program);
      } catch (error) {
        noReplay = `The simulation failed: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
    const settings = { ...DEFAULT_SETTINGS, maxSteps };
    const diagnostics = analyzeDocument({ file, text: program, tree, settings }, trace, onError);
    return { program, diagnostics, trace, ...(noReplay ? { noReplay } : {}) };
  } finally {
    tree.delete();
  }
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A double-quoted attribute value on one line (Markdown ends an HTML block at a blank line): only
 * `&`, `"` and line breaks need escaping there, which keeps the embedded page small.
 */
function attributeValue(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/\r?\n/g, '&#10;');
}

/**
 * The HTML put under the block: one Markdown HTML block with no blank line inside. Lines in the
 * diagnostics are the lines the player shows (blockProgram).
 */
export function blockHtml(report: BlockReport, assets: ReplayAssets, title: string): string {
  const items = report.diagnostics.map((d) => {
    return `<li class="rustmem-${d.severity}"><strong>${escapeHtml(d.severity)}[${escapeHtml(d.code)}]</strong> line ${d.span.start.line + 1}: ${escapeHtml(d.message)}</li>`;
  });
  const parts = ['<div class="rustmem-block">'];
  if (items.length > 0) parts.push(`<ul class="rustmem-diagnostics">${items.join('')}</ul>`);
  if (report.trace) {
    const page = replayPage({ trace: report.trace, source: report.program }, assets);
    parts.push(
      `<iframe class="rustmem-player" title="${escapeHtml(title)}" sandbox="allow-scripts" referrerpolicy="no-referrer" loading="lazy" ` +
        `style="width:100%;height:620px;border:1px solid #8884;border-radius:4px" srcdoc="${attributeValue(page)}"></iframe>`,
    );
  } else if (report.noReplay) {
    parts.push(`<p class="rustmem-note"><em>${escapeHtml(report.noReplay)}</em></p>`);
  }
  parts.push('</div>');
  return parts.join('\n');
}
