// The Memory Inspector for editors without its panel: the run of a document written as the
// standalone replay page (`rustmem replay`'s renderer) into the temporary folder, never beside the
// source, so that opening it leaves the user's tree untouched. One file per document, rewritten
// on each run.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Trace } from '../../../protocol/trace';
import type { InspectMemoryOptions } from '../../../protocol/webview';
import type { InspectMemoryServerCommand } from '../../../protocol/lsp';
import { firstStepAtLine } from '../../../protocol/navigation';
import { readReplayAssets, replayPage, type ReplayAssets } from '../replayPage';

/** Where the pages go: `<tmp>/rustmem-replay/`. */
export function replayDirectory(): string {
  return path.join(os.tmpdir(), 'rustmem-replay');
}

/** `main-1a2b3c4d.html`: the document's name, and a hash of its URI so two `main.rs` do not collide. */
export function replayFileName(uri: string): string {
  let name: string;
  try {
    name = path.basename(uri.startsWith('file:') ? fileURLToPath(uri) : decodeURIComponent(new URL(uri).pathname));
  } catch {
    name = 'document';
  }
  const stem = name.replace(/\.[^.]*$/, '').replace(/[^\w.-]+/g, '_') || 'document';
  return `${stem}-${createHash('sha256').update(uri).digest('hex').slice(0, 8)}.html`;
}

/** The 0-based step the page opens at: `step`, else the first step on the 1-based `line`. */
function startStep(trace: Trace, at: InspectMemoryOptions): number | undefined {
  if (at.step !== undefined) return Math.min(at.step, Math.max(0, trace.steps.length - 1));
  return at.line !== undefined ? firstStepAtLine(trace, at.line) : undefined;
}

let assets: ReplayAssets | undefined;

export function writeReplayFile(
  uri: string,
  source: string,
  trace: Trace,
  at: InspectMemoryOptions,
  dir = replayDirectory(),
): InspectMemoryServerCommand.Result {
  assets ??= readReplayAssets();
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, replayFileName(uri));
  fs.writeFileSync(file, replayPage({ trace, source }, assets));
  const step = startStep(trace, at);
  // The page's address names steps from 1 (`#step=1` is the first).
  const url = pathToFileURL(file).href + (step !== undefined ? `#step=${step + 1}` : '');
  return { uri: url, path: file, steps: trace.steps.length };
}
