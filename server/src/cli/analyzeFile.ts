// Which analysis a file gets in the CLI, by its extension. Rust is the default, so a file with any
// other extension is read as Rust source.
import * as path from 'node:path';
import type { EngineDiagnostic } from '../engine/diagnostic';
import type { FailureSink } from '../engine/analysis';
import { analyzeDocument } from '../engine/analysis';
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

/** Analysers by lower-case extension (with the dot). */
const ANALYZERS: Record<string, FileAnalyzer> = {
  '.rs': analyzeRust,
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
