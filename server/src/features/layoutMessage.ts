// The text behind the layout CodeLens: one type's size, alignment, padding and field offsets, as
// `window/showMessage` shows it in any editor (plain text, one line per field).
import type { Tree } from '../engine/parse/parser';
import { declarationLayouts, type DeclarationLayout } from '../engine/layout';
import { annotatedTypeEnv } from '../engine/annotations';

function fieldLines(fields: DeclarationLayout['fields'], indent: string): string[] {
  return [...fields].sort((a, b) => a.offset - b.offset).map((f) => `${indent}offset ${f.offset}: ${f.name} (${f.size} B)`);
}

/** The layout of the type `name` declared nearest to the 0-based `line`, or why there is none. */
export function layoutMessage(tree: Tree, text: string, name: string, line: number): string {
  const candidates = declarationLayouts(annotatedTypeEnv(tree, text), { topLevelOnly: false }).filter((d) => d.name === name);
  if (candidates.length === 0) return `\`${name}\` is no longer declared in this file.`;
  const d = candidates.reduce((best, c) => (Math.abs(c.line - line) < Math.abs(best.line - line) ? c : best));
  const l = d.layout;
  if (!l.known) return `${d.kind} ${d.name}: size unknown here (${l.reason}).`;
  const out = [`${d.kind} ${d.name}: size ${l.size} B, align ${l.align}, padding ${l.padding} B`];
  out.push(...fieldLines(d.fields, '  '));
  for (const v of d.variants ?? []) {
    out.push(`  variant ${v.name}${v.fields.length ? '' : ' (no fields)'}`);
    out.push(...fieldLines(v.fields, '    '));
  }
  return out.join('\n');
}
