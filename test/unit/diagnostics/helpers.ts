// Shared by the diagnostics tests: an analysis context for a source text, and applying quick fixes.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseRust } from '../../../server/src/engine/parse/parser';
import type { AnalysisContext } from '../../../server/src/engine/analysis';
import type { TextEdit } from '../../../server/src/engine/diagnostic';
import { DEFAULT_SETTINGS, type RustMemorySettings } from '../../../protocol/settings';

export function contextFor(text: string, settings: Partial<RustMemorySettings> = {}): AnalysisContext {
  return { file: 'test.rs', text, tree: parseRust(text), settings: { ...DEFAULT_SETTINGS, ...settings } };
}

function offsetOf(text: string, line: number, character: number): number {
  let offset = 0;
  for (let l = 0; l < line; l++) offset = text.indexOf('\n', offset) + 1;
  return offset + character;
}

/** Applies non-overlapping edits (0-based positions), last first. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetOf(text, b.span.start.line, b.span.start.character) - offsetOf(text, a.span.start.line, a.span.start.character));
  let out = text;
  for (const e of sorted) {
    const from = offsetOf(text, e.span.start.line, e.span.start.character);
    const to = offsetOf(text, e.span.end.line, e.span.end.character);
    out = out.slice(0, from) + e.newText + out.slice(to);
  }
  return out;
}

export function hasRustc(): boolean {
  return spawnSync('rustc', ['--version']).status === 0;
}

/** Type-checks a program with rustc; returns rustc's error output, or '' when it compiles. */
export function rustcCheck(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rustmem-fix-'));
  try {
    fs.writeFileSync(path.join(dir, 'main.rs'), text);
    const r = spawnSync('rustc', ['--edition', '2021', '--emit=metadata', '-A', 'warnings', '--out-dir', dir, 'main.rs'], { cwd: dir, encoding: 'utf8' });
    return r.status === 0 ? '' : r.stderr;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const GOLDEN_PROGRAMS = path.join(__dirname, '../../golden/programs/diagnostics');

export function golden(name: string): { text: string; status: number; stdout: string; stderr: string } {
  const text = fs.readFileSync(path.join(GOLDEN_PROGRAMS, `${name}.rs`), 'utf8');
  const expected = JSON.parse(fs.readFileSync(path.join(GOLDEN_PROGRAMS, `${name}.expected.json`), 'utf8'));
  return { text, ...expected };
}
