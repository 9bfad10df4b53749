// The annotation checks of the analysis pipeline (registered in engine/checks.ts): malformed
// annotations and layout claims need only the source; the other claims and the snapshots need
// the simulated run.
import type { AnalysisContext } from '../analysis';
import type { EngineDiagnostic } from '../diagnostic';
import type { Trace } from '../../../../protocol/trace';
import type { Tree } from '../parse/parser';
import { buildTypeEnv, typedFile, type TypedFile } from '../layout';
import { frontEnd } from '../frontEnd';
import type { SizeOverrides, TypeEnv } from '../layout';
import { hasEntryPoint } from '../entryPoint';
import { parseAnnotations } from './collect';
import type { AnnotationSet } from './collect';
import { checkClaims } from './checkClaims';
import type { LayoutLookup } from './checkClaims';
import { snapshotSteps } from './snapshots';

/**
 * The `size` overrides as the layout engine looks them up: by the normalised type, and a plain
 * path (`other::Handle`) also by its last segment, since the code may name it through a `use`.
 */
export function layoutOverrides(set: AnnotationSet): SizeOverrides {
  const out = new Map<string, { size: number; align: number }>();
  for (const [type, layout] of set.sizeOverrides) {
    out.set(type, layout);
    const last = /^(?:[A-Za-z_]\w*::)+([A-Za-z_]\w*)$/.exec(type)?.[1];
    if (last && !set.sizeOverrides.has(last)) out.set(last, layout);
  }
  return out;
}

/**
 * The file's type environment with its `// @mem size` overrides applied. Every layout the product
 * shows for a file should come from here, so an override counts everywhere.
 */
export function annotatedTypeEnv(tree: Tree, text: string, set: AnnotationSet = parseAnnotations(tree)): TypeEnv {
  // With the tree's own annotations (every caller but a test's) it is built once per tree: the
  // layout claims and the stack checks walk the same declarations.
  if (set !== parseAnnotations(tree)) return buildTypeEnv(frontEnd(tree, text), layoutOverrides(set));
  let env = envs.get(tree);
  if (!env) {
    env = buildTypeEnv(frontEnd(tree, text), layoutOverrides(set));
    envs.set(tree, env);
  }
  return env;
}

const envs = new WeakMap<Tree, TypeEnv>();

/** The file's types as the checker gives them, laid out over its annotated TypeEnv (once per tree). */
export function annotatedTypedFile(tree: Tree, text: string): TypedFile {
  return typedFile(annotatedTypeEnv(tree, text), frontEnd(tree, text).types);
}

/** Layouts of the file's types with the annotations' overrides applied. */
export function layoutLookupFor(tree: Tree, text: string, set: AnnotationSet): LayoutLookup {
  const env = annotatedTypeEnv(tree, text, set);
  return (type) => {
    const l = env.layoutOfText(type);
    return l.known ? { size: l.size, align: l.align } : { unknown: l.reason };
  };
}

export function annotationStaticCheck(ctx: AnalysisContext): EngineDiagnostic[] {
  const set = parseAnnotations(ctx.tree);
  const sizeClaims = set.claims.filter((c) => c.directive.kind === 'expect-size');
  const out = [...set.diagnostics];
  if (sizeClaims.length > 0) out.push(...checkClaims(sizeClaims, { layoutOf: layoutLookupFor(ctx.tree, ctx.text, set) }).diagnostics);
  const runClaims = set.claims.filter((c) => c.directive.kind !== 'expect-size');
  if (runClaims.length > 0 && !hasEntryPoint(ctx.tree)) {
    for (const claim of runClaims) {
      out.push({
        span: claim.span,
        severity: 'information',
        code: 'annotation-unchecked',
        message: 'cannot check: the program has nothing to run (no `fn main`, and no `// @mem entry`)',
        related: [],
      });
    }
  }
  return out;
}

export function annotationTraceCheck(ctx: AnalysisContext, trace: Trace): EngineDiagnostic[] {
  const set = parseAnnotations(ctx.tree);
  const runClaims = set.claims.filter((c) => c.directive.kind !== 'expect-size');
  return [...checkClaims(runClaims, { trace }).diagnostics, ...snapshotSteps(trace, set.snapshots).diagnostics];
}
