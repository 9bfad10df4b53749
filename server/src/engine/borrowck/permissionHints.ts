// Where the permissions hints go: at the end of the line that changes a variable's permissions
// (its declaration, a borrow, a move, a borrow's last use), the permissions it has after that
// line, as Aquascope draws them after a statement. Lines are 0-based.
import { permissionLabel, type BodyPermissions } from './permissions';
import { stateSentence } from './permissionText';

export interface PermissionHint {
  readonly line: number;
  /** `v: R -- --` */
  readonly label: string;
  readonly tooltip: string;
}

export function permissionHints(bodies: readonly BodyPermissions[]): PermissionHint[] {
  const out: PermissionHint[] = [];
  for (const body of bodies) {
    for (const p of body.places) {
      // A variable and what it points to; field paths would crowd the line.
      if (p.place.includes('.')) continue;
      p.lines.forEach((row, i) => {
        const before = i === 0 ? undefined : p.lines[i - 1]!;
        const label = permissionLabel(row.state);
        if (before && permissionLabel(before.state) === label) return;
        // The line that made the change: the previous line the variable existed on, or, for its
        // first, the line it is declared on.
        const at = before ? before.line : Math.min(p.declSpan.line, row.line);
        out.push({ line: at, label: `${p.place}: ${label}`, tooltip: `${stateSentence(p.place, row.line, row.state)}.` });
      });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}
