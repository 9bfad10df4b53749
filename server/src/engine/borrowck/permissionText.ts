// Permissions in words, for the hover, the inlay hints' tooltips and `rustmem check --explain`:
// "at line 7 `v` has R only: `first` borrows it until line 9". Lines are 1-based here, as the
// user reads them.
import type { Permission, PermissionState, PlaceChange, PlacePermissions, Why } from './permissions';

const ALL: readonly Permission[] = ['R', 'W', 'O'];

/** `R W O` as a phrase: "R W O", "R only", "R and O", "no permission". */
function held(s: PermissionState): string {
  const has = ALL.filter((p) => !s.lost.some((l) => l.perm === p));
  if (has.length === 0) return 'no permission';
  if (has.length === 1) return `${has[0]} only`;
  if (has.length === 2) return `${has[0]} and ${has[1]}`;
  return 'R W O';
}

/** Why a permission is missing, as a clause about the place ("it"). */
export function whyText(why: Why): string {
  switch (why.kind) {
    case 'loan': {
      const who = why.binding ? `\`${why.binding}\`` : `a borrow at line ${why.borrowSpan.line + 1}`;
      return `${who} borrows it${why.mutable ? ' mutably' : ''} until line ${why.untilLine + 1}`;
    }
    case 'moved': return `it was moved at line ${why.span.line + 1}`;
    case 'uninit': return 'it is not initialised yet';
    case 'notMut': return `${why.argument ? 'the argument' : ''}${why.argument ? ' ' : ''}\`${why.binding}\` is declared without \`mut\``;
    case 'behindRef': return why.mutable
      ? `it is behind the \`&mut\` reference \`${why.reference}\`: borrowed, not owned`
      : `it is behind the \`&\` reference \`${why.reference}\``;
    case 'notWritable': return 'it is behind a pointer that does not allow writing';
  }
}

function sameWhy(a: Why, b: Why): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The missing permissions grouped by reason: "W and O: `first` borrows it until line 9". */
function reasons(s: PermissionState, withPerms: boolean): string[] {
  const groups: { perms: Permission[]; why: Why }[] = [];
  for (const l of s.lost) {
    const g = groups.find((x) => sameWhy(x.why, l.why));
    if (g) g.perms.push(l.perm);
    else groups.push({ perms: [l.perm], why: l.why });
  }
  if (groups.length === 1 && !withPerms) return [whyText(groups[0]!.why)];
  return groups.map((g) => `no ${g.perms.join(', ')}: ${whyText(g.why)}`);
}

/** "at line 7 `v` has R only: `first` borrows it until line 9" (line 0-based in, 1-based out). */
export function stateSentence(place: string, line: number, s: PermissionState): string {
  const head = `at line ${line + 1} \`${place}\` has ${held(s)}`;
  if (s.lost.length === 0) return head;
  return `${head}: ${reasons(s, s.lost.length < 3 && new Set(s.lost.map((l) => JSON.stringify(l.why))).size > 1).join('; ')}`;
}

/** "line 4: loses W, O (`first` borrows it until line 5)", one per line where something changes. */
export function changeLines(p: PlacePermissions): string[] {
  const byLine = new Map<number, PlaceChange[]>();
  for (const c of p.changes) byLine.set(c.line, [...(byLine.get(c.line) ?? []), c]);
  const out: string[] = [];
  for (const [line, changes] of byLine) {
    const parts: string[] = [];
    const lost = changes.filter((c) => c.change === 'loses');
    const regained = changes.filter((c) => c.change === 'regains');
    if (lost.length > 0) parts.push(`loses ${lost.map((c) => c.perm).join(', ')} (${[...new Set(lost.map((c) => whyText(c.why!)))].join('; ')})`);
    if (regained.length > 0) parts.push(`regains ${regained.map((c) => c.perm).join(', ')}`);
    out.push(`line ${line + 1}: ${parts.join(', ')}`);
  }
  return out;
}
