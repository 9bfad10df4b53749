// Which analysis a file gets in the CLI, by its extension. Rust is the default, so a file with any
// other extension is read as Rust source.
import * as path from 'node:path';
import type { EngineDiagnostic } from '../engine/diagnostic';
import type { FailureSink } from '../engine/analysis';
import { analyzeDocument, sortDiagnostics } from '../engine/analysis';
import { rustSnippets } from '../engine/markdown';
import { initParser, parseRust } from '../engine/parse/parser';
import { DEFAULT_SETTINGS } from '../../../protocol/settings';
import type { RustMemorySettings } from '../../../protocol/settings';

export type FileAnalyzer = (
  file: string,
  text: string,
  settings: RustMemorySettings,
  onError: FailureSink,
) => Promise<EngineDiagnostic[]>;

async function analyzeRust(file: string, text: string, settings: RustMemorySettings, onError: FailureSink) {
  await initParser();
  const tree = parseRust(text);
  try {
    return analyzeDocument({ file, text, tree, settings }, undefined, onError);
  } finally {
    tree.delete();
  }
}

/** Each analysed ```rust block of a Markdown file is its own program, already in the file's line numbers. */
async function analyzeMarkdown(file: string, text: string, settings: RustMemorySettings, onError: FailureSink) {
  const found: EngineDiagnostic[] = [];
  for (const snippet of rustSnippets(text)) {
    if (!snippet.skipped) found.push(...(await analyzeRust(file, snippet.text, settings, onError)));
  }
  return sortDiagnostics(found);
}

/** Analysers by lower-case extension (with the dot). */
const ANALYZERS: Record<string, FileAnalyzer> = {
  '.rs': analyzeRust,
  '.md': analyzeMarkdown,
  '.markdown': analyzeMarkdown,
};

export function analyzeFile(
  file: string,
  text: string,
  onError: FailureSink,
  settings: RustMemorySettings = DEFAULT_SETTINGS,
): Promise<EngineDiagnostic[]> {
  const analyzer = ANALYZERS[path.extname(file).toLowerCase()] ?? analyzeRust;
  return analyzer(file, text, settings, onError);
}
