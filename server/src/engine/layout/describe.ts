// Layouts in words and Markdown, for the hover and the CodeLens. Pure text; no editor types.
import type { Layout, LayoutResult } from './layout';

export function bytes(n: number): string {
  return `${n} B`;
}

/** `size 24 B · align 8 · padding 3 B`, the CodeLens title. */
export function lensTitle(l: LayoutResult): string {
  if (!l.known) return `size unknown: ${l.unknownTypes.length ? l.unknownTypes.map((t) => `\`${t}\``).join(', ') : l.reason}`.replace(/`/g, '');
  return `size ${bytes(l.size)} · align ${l.align} · padding ${bytes(l.padding)}`;
}

function nicheLine(l: Layout, typeText: string): string {
  if (!l.niche) return `niche: none — \`Option<${typeText}>\` needs a separate tag`;
  const n = l.niche.available;
  const count = n > 1_000_000n ? `about 2^${n.toString(2).length - 1}` : `${n}`;
  return `niche: ${count} invalid bit pattern${n === 1n ? '' : 's'} at offset ${l.niche.offset} — \`Option<${typeText}>\` is also ${bytes(l.size)}`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

/** The Markdown section describing a layout: headline, niche, field or variant table. */
export function layoutMarkdown(title: string, typeText: string, l: LayoutResult): string {
  if (!l.known) return `${title}\n\nlayout unknown: ${l.reason}`;
  const lines: string[] = [`${title}`, '', `size ${bytes(l.size)} · align ${l.align} · padding ${bytes(l.padding)}${l.uninhabited ? ' · uninhabited (no values)' : ''}`];
  if (l.parts) lines.push('', `holds: ${l.parts}`);
  if (l.heap) lines.push('', `on the heap: ${l.heap.description}`);
  lines.push('', nicheLine(l, typeText));
  if (l.variants) {
    if (l.tag) {
      lines.push('', l.tag.encoding === 'direct'
        ? `tag: ${bytes(l.tag.size)} at offset ${l.tag.offset}`
        : `tag: stored in the niche of \`${l.tag.untaggedVariant}\` (${bytes(l.tag.size)} at offset ${l.tag.offset}), no separate tag byte`);
    }
    if (l.variants.length) {
      lines.push('', '| variant | size | fields (offset: size) |', '|---|---|---|');
      for (const v of l.variants) {
        const fields = [...v.fields].sort((a, b) => a.offset - b.offset).map((f) => `${f.name} @${f.offset}: ${bytes(f.size)}`).join(', ');
        lines.push(`| ${v.name}${v.discriminant !== undefined ? ` = ${v.discriminant}` : ''} | ${bytes(v.size)} | ${escapeCell(fields) || '—'} |`);
      }
    }
  } else if (l.fields?.length) {
    lines.push('', '| offset | field | type | size |', '|---|---|---|---|');
    for (const f of [...l.fields].sort((a, b) => a.offset - b.offset)) {
      lines.push(`| ${f.offset} | ${f.name} | ${escapeCell(f.type ? `\`${f.type}\`` : '')} | ${bytes(f.size)} |`);
    }
  }
  if (l.fieldOrderIsRustcChoice) lines.push('', '*Field order is rustc\'s choice (`repr(Rust)` may reorder fields; `#[repr(C)]` keeps declaration order).*');
  return lines.join('\n');
}
