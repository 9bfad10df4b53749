// The permissions of a file in the trace's compact form (protocol/permissions.ts), for the
// Memory Inspector: variables and what they point to, each line where they change.
import type { FnPermissions, VarPermissions } from '../../../../protocol/permissions';
import { frontEnd, type FrontEnd } from '../frontEnd';
import { parseRust, type Tree } from '../parse/parser';
import { filePermissions, type PermissionState } from './permissions';
import { whyText } from './permissionText';

function letters(s: PermissionState): string {
  return `${s.read ? 'R' : '-'}${s.write ? 'W' : '-'}${s.own ? 'O' : '-'}`;
}

export function tracePermissions(fe: FrontEnd): FnPermissions[] {
  const out: FnPermissions[] = [];
  for (const body of filePermissions(fe)) {
    if (body.unsupported || body.places.length === 0) continue;
    const vars: VarPermissions[] = [];
    for (const p of body.places) {
      if (p.place.includes('.')) continue;
      const runs: VarPermissions['runs'] = [];
      for (const row of p.lines) {
        const l = letters(row.state);
        const why = row.state.lost[0] ? whyText(row.state.lost[0].why) : '';
        const last = runs[runs.length - 1];
        if (last && last[1] === l && last[2] === why) continue;
        runs.push([row.line + 1, l, why]);
      }
      vars.push({ place: p.place, from: p.lines[0]!.line + 1, to: p.lines[p.lines.length - 1]!.line + 1, runs });
    }
    out.push({ fn: body.name, line: body.span.line + 1, endLine: body.span.endLine + 1, vars });
  }
  return out;
}

/**
 * The permissions a trace of this program carries (`Trace.permissions`), the one way every host
 * (language server, CLI, playground) computes them: none for code that does not parse, whose
 * bodies would be guesses.
 */
export function treePermissions(tree: Tree, text: string): FnPermissions[] {
  return tree.rootNode.hasError ? [] : tracePermissions(frontEnd(tree, text));
}

/** The permissions of a program's text, parsed here (`initParser()` must have completed). */
export function sourcePermissions(text: string): FnPermissions[] {
  const tree = parseRust(text);
  try {
    return treePermissions(tree, text);
  } finally {
    tree.delete();
  }
}
