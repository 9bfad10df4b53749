// How the engine's rustc-coded errors are judged against rustc's own (the error goldens recorded by
// scripts/goldens/errors.mjs). Only diagnostics that claim to be rustc's errors are judged: a rustc
// code (`E0308`), or one of the engine codes of an error rustc gives no code (CODELESS, matched by
// rustc's message). The engine's own checks (`use-after-move`, `large-stack-array`) have their own tests.
// Pure functions, so that test/unit/errorGoldens.test.ts can prove each rule fails when broken.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { EngineDiagnostic } from '../../server/src/engine/diagnostic';
import { analyzeDocument, type CheckFailure } from '../../server/src/engine/analysis';
import { rustSnippets } from '../../server/src/engine/markdown';
import { parseRust } from '../../server/src/engine/parse/parser';
import { DEFAULT_SETTINGS } from '../../protocol/settings';

/** One error as rustc reported it (1-based positions), as kept in NAME.expected.json. */
export interface RustcError {
  code: string | null;
  message: string;
  line: number;
  column: number;
  label: string;
  labels: { line: number; column: number; label: string }[];
}

export const RUSTC_CODE = /^E\d{4}$/;

/** Engine codes of errors rustc reports without a code, with rustc's message (or messages) for each. */
export const CODELESS: Readonly<Record<string, readonly string[]>> = {
  'lifetime-may-not-live-long-enough': ['lifetime may not live long enough'],
  'let-in-expression': ['expected expression, found `let` statement'],
  'rest-pattern-twice': [
    '`..` can only be used once per tuple pattern',
    '`..` can only be used once per tuple struct pattern',
    '`..` can only be used once per slice pattern',
  ],
};

/** What names one of rustc's errors: its code, or its message when it has none. */
export function rustcKey(e: Pick<RustcError, 'code' | 'message'>): string {
  return e.code ?? e.message;
}

/** The rustc error a diagnostic claims to be, by the same key; undefined for the engine's own checks. */
function claimedKey(d: EngineDiagnostic): string | undefined {
  if (RUSTC_CODE.test(d.code)) return d.code;
  const words = CODELESS[d.code];
  // An engine code with several of rustc's messages claims the one it says (and fails on another).
  if (words) return words.length === 1 ? words[0] : d.message;
  return RUSTC_CODE_OF[d.code];
}

/** Engine codes of rustc's coded errors that the product reports under a name of its own. */
export const RUSTC_CODE_OF: Readonly<Record<string, string>> = {
  'use-after-move': 'E0382',
};

/** The diagnostics that claim to be rustc's errors. */
export function rustcCoded(diagnostics: readonly EngineDiagnostic[]): EngineDiagnostic[] {
  return diagnostics.filter((d) => claimedKey(d) !== undefined);
}

function describe(d: EngineDiagnostic): string {
  return `${d.code} at line ${d.span.start.line + 1}: ${d.message}`;
}

/** On a program rustc accepts, every rustc-coded diagnostic is a false error. */
export function falseErrors(reported: readonly EngineDiagnostic[]): string[] {
  return rustcCoded(reported).map((d) => `false error ${describe(d)}`);
}

/** On a program rustc rejects, a rustc-coded diagnostic must be one of rustc's errors: same code (or message), same primary line. */
export function unmatchedErrors(reported: readonly EngineDiagnostic[], rustc: readonly RustcError[]): string[] {
  const wanted = rustc.map((e) => `${rustcKey(e)}@${e.line}`).join(', ') || 'none';
  return rustcCoded(reported)
    .filter((d) => !rustc.some((e) => rustcKey(e) === claimedKey(d) && e.line === d.span.start.line + 1))
    .map((d) => `${describe(d)} is not one of rustc's errors (${wanted})`);
}

/** Whether the engine reports rustc's first error (code, or message when it has none, and primary line). */
export function reportsFirstError(reported: readonly EngineDiagnostic[], rustc: readonly RustcError[]): boolean {
  const first = rustc[0];
  if (!first) return false;
  return rustcCoded(reported).some((d) => claimedKey(d) === rustcKey(first) && d.span.start.line + 1 === first.line);
}

/** Coverage per code (or message, for an error without one) of rustc's first error: how many programs there are, and how many the engine gets. */
export interface CodeCoverage {
  programs: number;
  reported: number;
}

/**
 * The ratchet: for each code, the number of programs whose first error the engine reports must not
 * fall below the committed floor. Returns the shortfalls (failures) and the codes where the engine
 * now does better than the floor (to be raised).
 */
export function judgeCoverage(
  coverage: Readonly<Record<string, CodeCoverage>>,
  floors: Readonly<Record<string, number>>,
): { shortfalls: string[]; raised: Record<string, number> } {
  const shortfalls: string[] = [];
  const raised: Record<string, number> = {};
  for (const code of new Set([...Object.keys(coverage), ...Object.keys(floors)])) {
    const got = coverage[code]?.reported ?? 0;
    const floor = floors[code] ?? 0;
    if (got < floor) shortfalls.push(`${code}: the engine reports rustc's first error on ${got} programs, below the floor of ${floor}`);
    else if (got > floor) raised[code] = got;
  }
  return { shortfalls, raised };
}

/**
 * The engine's static analysis of a file, as `rustmem check` runs it before any simulation: each
 * ```rust block of a Markdown file on its own. Check failures go to `failures`.
 */
export function staticDiagnostics(file: string, text: string, failures: CheckFailure[]): EngineDiagnostic[] {
  const sources = /\.(md|markdown)$/i.test(file) ? rustSnippets(text).filter((s) => !s.skipped).map((s) => s.text) : [text];
  const found: EngineDiagnostic[] = [];
  for (const source of sources) {
    const tree = parseRust(source);
    try {
      found.push(...analyzeDocument({ file, text: source, tree, settings: DEFAULT_SETTINGS }, null, (f) => failures.push(f)));
    } finally {
      tree.delete();
    }
  }
  return found;
}

/** Files below `dir` whose name ends with one of `extensions`, sorted. */
export function listFiles(dir: string, extensions: readonly string[]): string[] {
  const out: string[] = [];
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir).sort()) {
    const p = path.join(dir, entry);
    if (fs.statSync(p).isDirectory()) out.push(...listFiles(p, extensions));
    else if (extensions.some((e) => entry.endsWith(e))) out.push(p);
  }
  return out;
}

export function readRustcErrors(program: string): RustcError[] {
  return (JSON.parse(fs.readFileSync(program.replace(/\.rs$/, '.expected.json'), 'utf8')) as { errors: RustcError[] }).errors;
}
