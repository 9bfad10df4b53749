// `rustmem check --explain`: each function's permissions (R/W/O) per variable per line, as text
// (where each variable loses and regains them, and why) and as JSON (every line). Lines and
// columns become 1-based here.
import type { BodyPermissions, PermissionState, PlacePermissions, Why } from '../engine/borrowck/permissions';
import { permissionLabel } from '../engine/borrowck/permissions';
import { changeLines, whyText } from '../engine/borrowck/permissionText';

export type JsonWhy =
  | { kind: 'loan'; mutable: boolean; binding?: string; borrowLine: number; borrowColumn: number; untilLine: number; text: string }
  | { kind: 'moved'; line: number; column: number; text: string }
  | { kind: 'uninit' | 'notWritable'; text: string }
  | { kind: 'notMut'; binding: string; argument: boolean; text: string }
  | { kind: 'behindRef'; reference: string; mutable: boolean; text: string };

export interface JsonPermissionLine {
  line: number;
  R: boolean;
  W: boolean;
  O: boolean;
  lost: { perm: 'R' | 'W' | 'O'; why: JsonWhy }[];
}

export interface JsonPlacePermissions {
  place: string;
  declaredLine: number;
  lines: JsonPermissionLine[];
  changes: { line: number; perm: 'R' | 'W' | 'O'; change: 'loses' | 'regains'; why?: JsonWhy }[];
}

export interface JsonBodyPermissions {
  file: string;
  function: string;
  line: number;
  endLine: number;
  /** Why the function's permissions are not given (a construct the borrow checker does not model). */
  unsupported?: string;
  places: JsonPlacePermissions[];
}

function jsonWhy(w: Why): JsonWhy {
  const text = whyText(w);
  switch (w.kind) {
    case 'loan': return {
      kind: 'loan', mutable: w.mutable, ...(w.binding ? { binding: w.binding } : {}),
      borrowLine: w.borrowSpan.line + 1, borrowColumn: w.borrowSpan.character + 1, untilLine: w.untilLine + 1, text,
    };
    case 'moved': return { kind: 'moved', line: w.span.line + 1, column: w.span.character + 1, text };
    case 'notMut': return { kind: 'notMut', binding: w.binding, argument: w.argument, text };
    case 'behindRef': return { kind: 'behindRef', reference: w.reference, mutable: w.mutable, text };
    default: return { kind: w.kind, text };
  }
}

function jsonLine(line: number, s: PermissionState): JsonPermissionLine {
  return { line: line + 1, R: s.read, W: s.write, O: s.own, lost: s.lost.map((l) => ({ perm: l.perm, why: jsonWhy(l.why) })) };
}

function jsonPlace(p: PlacePermissions): JsonPlacePermissions {
  return {
    place: p.place,
    declaredLine: p.declSpan.line + 1,
    lines: p.lines.map((l) => jsonLine(l.line, l.state)),
    changes: p.changes.map((c) => ({ line: c.line + 1, perm: c.perm, change: c.change, ...(c.why ? { why: jsonWhy(c.why) } : {}) })),
  };
}

export function permissionsJson(file: string, bodies: readonly BodyPermissions[]): JsonBodyPermissions[] {
  return bodies.map((b) => ({
    file, function: b.name, line: b.span.line + 1, endLine: b.span.endLine + 1,
    ...(b.unsupported ? { unsupported: b.unsupported } : {}),
    places: b.places.map(jsonPlace),
  }));
}

/**
 * ```
 * file.rs:1: permissions in `main` (R read, W write, O own):
 *   v: R W O from line 3
 *     line 4: loses W, O (`first` borrows it until line 4)
 *     line 5: regains W, O
 * ```
 */
export function permissionsText(file: string, bodies: readonly BodyPermissions[]): string {
  let out = '';
  for (const b of bodies) {
    if (b.unsupported) {
      out += `${file}:${b.span.line + 1}: permissions in \`${b.name}\`: not given (${b.unsupported})\n`;
      continue;
    }
    if (b.places.length === 0) continue;
    out += `${file}:${b.span.line + 1}: permissions in \`${b.name}\` (R read, W write, O own):\n`;
    for (const p of b.places) {
      const first = p.lines[0]!;
      out += `  ${p.place}: ${permissionLabel(first.state)} from line ${first.line + 1}`;
      out += first.state.lost.length > 0 ? ` (${[...new Set(first.state.lost.map((l) => whyText(l.why)))].join('; ')})\n` : '\n';
      for (const c of changeLines(p)) out += `    ${c}\n`;
    }
  }
  return out;
}
