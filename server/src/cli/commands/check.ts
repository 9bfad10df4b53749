// `rustmem check`: the diagnostics of the language server, for the terminal and for scripts.
// Human output is compiler style (`path:line:col: severity[code]: message`), `--json` one array,
// `--format sarif` a SARIF 2.1.0 log (cli/sarif.ts).
// Positions become 1-based here, the only place they change.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliCommand, CliIO } from '../command';
import { UsageError } from '../command';
import type { EngineDiagnostic, Severity } from '../../engine/diagnostic';
import { analyzeFile } from '../analyzeFile';
import { readFailure } from '../readFailure';
import { codeDocumentationUrl } from '../../codeDocumentation';
import { INTERNAL_ERROR } from '../../engine/internalError';
import { sarifLog } from '../sarif';
import { DEFAULT_SETTINGS } from '../../../../protocol/settings';
import { positiveInteger } from '../programArgs';
import { type JsonBodyPermissions, permissionsJson, permissionsText } from '../permissionsReport';
import { filePermissions, type BodyPermissions } from '../../engine/borrowck/permissions';
import { frontEnd } from '../../engine/frontEnd';
import { initParser, parseRust } from '../../engine/parse/parser';

async function permissionsOf(text: string): Promise<BodyPermissions[]> {
  await initParser();
  return filePermissions(frontEnd(parseRust(text), text));
}

const USAGE = `Usage: rustmem check [--json | --format human|json|sarif] [--explain] [--deny warnings] FILE...

Reports ownership, memory and syntax diagnostics for Rust files, the same ones the editor shows.

Options:
  --format FORMAT   human (the default): compiler-style lines and a summary; json: as --json;
                    sarif: one SARIF 2.1.0 log for code-scanning dashboards (rules with links to
                    the README, locations, related locations and fixes; paths relative to the
                    current directory, its base SRCROOT)
  --json            Print one JSON array of diagnostics instead of compiler-style lines:
                    {file, line, column, endLine, endColumn, severity, code, message, related,
                    fixes, documentation} (lines and columns 1-based; related: [{file, line,
                    column, message}]; fixes: [{title, preferred, edits: [{line, column, endLine,
                    endColumn, newText}]}]; documentation: the code's section of the README)
  --explain         Also give each function's permissions (R read, W write, O own) per variable:
                    in text, where each variable loses and regains them and why; with --json,
                    one object {diagnostics, permissions} where permissions holds, per function,
                    every variable's R/W/O at every line with the reason for each missing one
  --deny warnings   Exit with status 1 when there is at least one warning or error
  --max-ms N        Time limit of the simulation in milliseconds (default 2000, the editor's)
  -h, --help        Print this help

Exit status: 0 when the analysis ran (whatever it found), 1 with --deny warnings and a warning or
error, 2 for a usage error or a file that cannot be read, 3 when a check itself failed (an
internal-error diagnostic: part of the analysis is missing).
`;

/** One diagnostic as `--json` prints it. Field order is the documented one. */
export interface JsonDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
  related: { file: string; line: number; column: number; message: string }[];
  /** The quick fixes the editor offers for it (empty when there is none). */
  fixes: JsonFix[];
  /** The code's section of the README that ships with this build (a `file:` URL with `#L<line>`). */
  documentation?: string;
}

export interface JsonFix {
  title: string;
  preferred: boolean;
  edits: { line: number; column: number; endLine: number; endColumn: number; newText: string }[];
}

type Format = 'human' | 'json' | 'sarif';
const FORMATS: readonly Format[] = ['human', 'json', 'sarif'];

interface Options {
  format: Format;
  explain: boolean;
  denyWarnings: boolean;
  maxMillis?: number;
  files: string[];
}

function parseArgs(args: string[]): Options {
  const options: Options = { format: 'human', explain: false, denyWarnings: false, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      options.files.push(...args.slice(i + 1));
      break;
    } else if (arg === '--explain') {
      options.explain = true;
    } else if (arg === '--json') {
      options.format = 'json';
    } else if (arg === '--format' || arg.startsWith('--format=')) {
      const format = arg === '--format' ? args[++i] : arg.slice('--format='.length);
      if (format === undefined) throw new UsageError('`--format` needs a value: human, json or sarif');
      if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`\`--format ${format}\`: the formats are human, json and sarif`);
      options.format = format as Format;
    } else if (arg === '--deny' || arg.startsWith('--deny=')) {
      const level = arg === '--deny' ? args[++i] : arg.slice('--deny='.length);
      if (level === undefined) throw new UsageError('`--deny` needs a value: `--deny warnings`');
      if (level !== 'warnings') throw new UsageError(`\`--deny ${level}\`: the only level is \`warnings\``);
      options.denyWarnings = true;
    } else if (arg === '--max-ms' || arg.startsWith('--max-ms=')) {
      options.maxMillis = positiveInteger('--max-ms', arg === '--max-ms' ? args[++i] : arg.slice('--max-ms='.length));
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option \`${arg}\``);
    } else {
      options.files.push(arg);
    }
  }
  if (options.files.length === 0) throw new UsageError('no input files');
  if (options.explain && options.format === 'sarif') throw new UsageError('`--explain` gives permissions in human or json format, not in sarif');
  return options;
}

export function toJson(file: string, d: EngineDiagnostic): JsonDiagnostic {
  const documentation = codeDocumentationUrl(d.code);
  return {
    file,
    line: d.span.start.line + 1,
    column: d.span.start.character + 1,
    endLine: d.span.end.line + 1,
    endColumn: d.span.end.character + 1,
    severity: d.severity,
    code: d.code,
    message: d.message,
    related: d.related.map((r) => ({
      file,
      line: r.span.start.line + 1,
      column: r.span.start.character + 1,
      message: r.message,
    })),
    fixes: (d.fixes ?? []).map((f) => ({
      title: f.title,
      preferred: f.preferred ?? false,
      edits: f.edits.map((e) => ({
        line: e.span.start.line + 1,
        column: e.span.start.character + 1,
        endLine: e.span.end.line + 1,
        endColumn: e.span.end.character + 1,
        newText: e.newText,
      })),
    })),
    ...(documentation ? { documentation } : {}),
  };
}

/** The word a line is labelled with: rustc's (`note`, `help`), the same the summary counts in. */
const LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'note', hint: 'hint' };

function humanLine(d: JsonDiagnostic): string {
  const related = d.related.map((r) => `\n    ${r.file}:${r.line}:${r.column}: note: ${r.message}`).join('');
  // As rustc prints its suggestions: one `help:` line each, the preferred one first.
  const fixes = [...d.fixes].sort((a, b) => Number(b.preferred) - Number(a.preferred));
  const help = fixes.map((f) => `\n    = help: quick fix: ${f.title}`).join('');
  return `${d.file}:${d.line}:${d.column}: ${LABEL[d.severity]}[${d.code}]: ${d.message}${related}${help}\n`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function summary(found: JsonDiagnostic[], files: number): string {
  const count = (s: Severity) => found.filter((d) => d.severity === s).length;
  const parts = [
    plural(count('error'), LABEL.error),
    plural(count('warning'), LABEL.warning),
    ...(count('information') ? [plural(count('information'), LABEL.information)] : []),
    ...(count('hint') ? [plural(count('hint'), LABEL.hint)] : []),
  ];
  return `${parts.join(', ')} in ${plural(files, 'file')}\n`;
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Report ownership, memory and syntax diagnostics for Rust files',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    const options = parseArgs(args);
    const found: JsonDiagnostic[] = [];
    const permissions: JsonBodyPermissions[] = [];
    let explained = '';
    let unreadable = 0;
    for (const file of options.files) {
      let text: string;
      try {
        text = fs.readFileSync(path.resolve(io.cwd, file), 'utf8');
      } catch (error) {
        io.stderr(`rustmem check: cannot read ${file}: ${readFailure(error)}\n`);
        unreadable++;
        continue;
      }
      const settings = options.maxMillis ? { ...DEFAULT_SETTINGS, maxMillis: options.maxMillis } : DEFAULT_SETTINGS;
      const diagnostics = await analyzeFile(file, text, (failure) => {
        io.stderr(`rustmem check: ${file}: the ${failure.check} check failed: ${String(failure.error)}\n`);
      }, settings);
      const own = diagnostics.map((d) => toJson(file, d));
      found.push(...own);
      if (options.explain && !file.endsWith('.md')) {
        const bodies = await permissionsOf(text);
        permissions.push(...permissionsJson(file, bodies));
        if (options.format === 'human') explained += own.map(humanLine).join('') + permissionsText(file, bodies);
      } else if (options.explain) {
        explained += own.map(humanLine).join('');
      }
    }
    if (options.format === 'json') {
      io.stdout(`${JSON.stringify(options.explain ? { diagnostics: found, permissions } : found, null, 2)}\n`);
    } else if (options.format === 'sarif') {
      io.stdout(`${JSON.stringify(sarifLog(found, io.cwd), null, 2)}\n`);
    } else {
      if (options.explain) io.stdout(explained);
      else for (const d of found) io.stdout(humanLine(d));
      // With nothing read there is nothing to sum up: the reasons on stderr are the whole answer.
      const read = options.files.length - unreadable;
      if (read > 0) io.stdout(summary(found, read));
    }
    if (unreadable > 0) return 2;
    if (found.some((d) => d.code === INTERNAL_ERROR)) return 3;
    if (options.denyWarnings && found.some((d) => d.severity === 'error' || d.severity === 'warning')) return 1;
    return 0;
  },
};
