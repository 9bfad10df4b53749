/**
 * The borrow checker's permissions (R read, W write, O own) of each function's variables, by
 * line, as a trace carries them for the Memory Inspector (`Trace.permissions`): compact, so a
 * page embeds them whole, and looked up per step by the frame's function and the step's line.
 * Lines are 1-based. Produced by the hosts that show the inspector (engine/borrowck/
 * tracePermissions.ts), read by the webview (media/src/permissions.ts).
 */

export interface FnPermissions {
  /** The function's name as a frame names it, last segment (`main`, `new`). */
  fn: string;
  /** The function's first and last lines, to tell apart functions of the same name. */
  line: number;
  endLine: number;
  vars: VarPermissions[];
}

export interface VarPermissions {
  /** The place as written: a variable (`v`) or what it points to (`*r`). */
  place: string;
  /** The first and last line it exists on. */
  from: number;
  to: number;
  /**
   * From `from` on, each line where its permissions change: the line, the three letters with a
   * dash for each missing one (`RWO`, `R--`, `RW-`, `---`), and why the first missing one is
   * missing (empty when none is).
   */
  runs: [number, string, string][];
}

export interface PermissionsAt {
  /** `RWO`, `R--`, … */
  perms: string;
  why: string;
}

/** The function a frame runs (`Point::new` → `new`), by name and by the line it is at. */
export function fnPermissionsFor(fns: readonly FnPermissions[], frameFn: string, line: number): FnPermissions | undefined {
  if (/\{closure#\d+\}$/.test(frameFn)) return undefined;
  const name = frameFn.slice(frameFn.lastIndexOf('::') + 1).replace(/^:/, '');
  return fns.find((f) => f.fn === name && f.line <= line && line <= f.endLine);
}

/**
 * The permissions of `place` at `line` in `fn`: of the variable of that name declared last
 * before the line (shadowing) whose lines cover it.
 */
export function permissionsAt(fn: FnPermissions, place: string, line: number): PermissionsAt | undefined {
  let found: VarPermissions | undefined;
  for (const v of fn.vars) if (v.place === place && v.from <= line && line <= v.to && (!found || v.from > found.from)) found = v;
  if (!found) return undefined;
  let at: [number, string, string] | undefined;
  for (const r of found.runs) {
    if (r[0] > line) break;
    at = r;
  }
  return at && { perms: at[1], why: at[2] };
}
