// `rustmem layout`: the size, alignment and field offsets of every struct, enum, union and type
// alias declared at the top level of a Rust file, as rustc 1.95 lays them out on x86_64 Linux.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CliCommand, CliIO } from '../command';
import { readSingleInput } from '../singleInput';
import { UsageError } from '../command';
import { declarationLayouts, type DeclarationLayout } from '../../engine/layout';
import { annotatedTypeEnv } from '../../engine/annotations';
import { initParser, parseRust } from '../../engine/parse/parser';

const USAGE = `Usage: rustmem layout [--json] FILE

Lists every struct, enum, union and type alias declared at the top level of FILE with its size,
alignment and (for structs, unions and tuples) field offsets, as rustc lays them out on
x86_64-unknown-linux-gnu. A type that cannot be computed here (a generic never instantiated, a type
from another crate) is shown as unknown, with the name that blocks it.

Options:
  --json      Print one JSON array: {name, kind, size, align, fields}, kind one of struct, enum,
              union, alias; size and align null when unknown (with a "hint"); fields
              [{name, offset, size}] in declaration order (tuple fields named "0", "1", ...);
              enums also have variants [{name, fields}], offsets from the enum's start
  -h, --help  Print this help

Exit status: 0 when the file was read, 2 for a usage error or a file that cannot be read.
`;

export interface JsonLayout {
  name: string;
  kind: DeclarationLayout['kind'];
  size: number | null;
  align: number | null;
  fields: Array<{ name: string; offset: number; size: number }>;
  /** Enums only. */
  variants?: Array<{ name: string; fields: Array<{ name: string; offset: number; size: number }> }>;
  hint?: string;
}

export function toJsonLayout(d: DeclarationLayout): JsonLayout {
  const out: JsonLayout = { name: d.name, kind: d.kind, size: d.size, align: d.align, fields: d.fields };
  if (d.variants) out.variants = d.variants;
  if (!d.layout.known) out.hint = d.layout.reason;
  return out;
}

/** Rows of cells as lines: each column padded to its widest cell, numbers right-aligned. */
function columns(rows: string[][], right: ReadonlySet<number>, indent = ''): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) => indent + r.map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd() + '\n').join('');
}

function humanTable(rows: DeclarationLayout[]): string {
  if (rows.length === 0) return 'no structs, enums, unions or type aliases at the top level\n';
  const head = ['NAME', 'KIND', 'SIZE', 'ALIGN', 'PADDING'];
  const body = rows.map((r) => [
    r.name,
    r.kind,
    r.size === null ? 'unknown' : `${r.size} B`,
    r.align === null ? '-' : `${r.align}`,
    r.layout.known ? `${r.layout.padding} B` : '-',
  ]);
  // The fields of every type share one set of columns, so offsets and sizes line up down the page.
  const fieldRows = (r: DeclarationLayout) => [...r.fields].sort((a, b) => a.offset - b.offset).map((f) => [`@${f.offset}`, `${f.name}:`, `${f.size} B`]);
  const fieldTable = columns(rows.flatMap(fieldRows), new Set([0, 2]), '    ').split('\n');
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd() + '\n';
  let out = line(head);
  let next = 0;
  rows.forEach((r, i) => {
    out += line(body[i]!);
    if (!r.layout.known) out += `    ${r.layout.reason}\n`;
    for (let k = 0; k < r.fields.length; k++) out += `${fieldTable[next++]}\n`;
    if (r.kind === 'enum' && r.layout.known) {
      const variants = (r.layout.variants ?? []).map((v) => [
        v.name,
        [...v.fields].sort((a, b) => a.offset - b.offset).map((f) => `${f.name} @${f.offset}: ${f.size} B`).join(', '),
      ]);
      out += columns(variants, new Set(), '    ');
    }
  });
  return out;
}

export const layoutCommand: CliCommand = {
  name: 'layout',
  summary: 'Show size, alignment and field offsets of the types declared in a Rust file',
  usage: USAGE,
  async run(args: string[], io: CliIO): Promise<number> {
    let json = false;
    const files: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg === '--') {
        files.push(...args.slice(i + 1));
        break;
      } else if (arg === '--json') json = true;
      else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option \`${arg}\``);
      else files.push(arg);
    }
    const input = readSingleInput('layout', files, io);
    if (input === 2) return 2;
    const { file, text } = input;
    await initParser();
    const tree = parseRust(text);
    try {
      // `// @mem size` overrides count here as everywhere.
      const rows = declarationLayouts(annotatedTypeEnv(tree, text));
      io.stdout(json ? `${JSON.stringify(rows.map(toJsonLayout), null, 2)}\n` : humanTable(rows));
    } finally {
      tree.delete();
    }
    return 0;
  },
};
