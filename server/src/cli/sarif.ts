// `rustmem check --format sarif`: the diagnostics as a SARIF 2.1.0 log, the format code-scanning
// dashboards read. One run; one rule per code found, with the README section as its help link
// (the same link as `--json`'s `documentation`); positions 1-based, columns in UTF-16 code units
// as everywhere else in the CLI; related places and quick fixes carried over.
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../engine/diagnostic';
import type { JsonDiagnostic } from './commands/check';
import { codeSummary } from '../codeDocumentation';
import { version } from '../../../package.json';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** SARIF has no `hint`: a hint is a `note`, the level below a warning. */
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** The base the files' relative paths resolve against: the directory `check` ran in. */
const SRCROOT = 'SRCROOT';

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  // A relative URI reference: forward slashes, each segment percent-encoded.
  return { uri: file.split(/[\\/]+/).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function firstSentence(text: string): string {
  const end = /\.(\s|$)/.exec(text);
  return end ? text.slice(0, end.index + 1) : text;
}

function rule(d: JsonDiagnostic): Record<string, unknown> {
  const summary = codeSummary(d.code);
  return {
    id: d.code,
    shortDescription: { text: summary ? firstSentence(summary) : d.code },
    ...(summary ? { fullDescription: { text: summary } } : {}),
    ...(d.documentation ? { helpUri: d.documentation } : {}),
    defaultConfiguration: { level: LEVEL[d.severity] },
  };
}

function result(d: JsonDiagnostic, ruleIndex: number): Record<string, unknown> {
  const region: Region = { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn };
  const location = artifactLocation(d.file);
  return {
    ruleId: d.code,
    ruleIndex,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: location, region } }],
    ...(d.related.length
      ? {
          relatedLocations: d.related.map((r, i) => ({
            id: i,
            physicalLocation: { artifactLocation: artifactLocation(r.file), region: { startLine: r.line, startColumn: r.column } },
            message: { text: r.message },
          })),
        }
      : {}),
    ...(d.fixes.length
      ? {
          fixes: d.fixes.map((f) => ({
            description: { text: f.title },
            artifactChanges: [
              {
                artifactLocation: location,
                replacements: f.edits.map((e) => ({
                  deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
                  insertedContent: { text: e.newText },
                })),
              },
            ],
          })),
        }
      : {}),
  };
}

/** The SARIF log of one `check`: `cwd` is where the relative file names were given. */
export function sarifLog(found: readonly JsonDiagnostic[], cwd: string): Record<string, unknown> {
  const rules: Record<string, unknown>[] = [];
  const ruleIndex = new Map<string, number>();
  for (const d of found) {
    if (ruleIndex.has(d.code)) continue;
    ruleIndex.set(d.code, rules.length);
    rules.push(rule(d));
  }
  const base = pathToFileURL(cwd).href;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'rustmem', version, semanticVersion: version, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: base.endsWith('/') ? base : `${base}/` } },
        columnKind: 'utf16CodeUnits',
        results: found.map((d) => result(d, ruleIndex.get(d.code)!)),
      },
    ],
  };
}
