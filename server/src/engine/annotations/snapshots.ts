// `// @mem snapshot` points become `trace.snapshots`: the first step at the marked line. Done
// after the run so the simulator stays unaware of annotations.
import type { Snapshot, Trace } from '../../../../protocol/trace';
import type { EngineDiagnostic } from '../diagnostic';
import type { SnapshotPoint } from './collect';

export function snapshotSteps(trace: Trace, points: readonly SnapshotPoint[]): { snapshots: Snapshot[]; diagnostics: EngineDiagnostic[] } {
  const snapshots: Snapshot[] = [];
  const diagnostics: EngineDiagnostic[] = [];
  if (points.length === 0) return { snapshots, diagnostics };
  const first = new Map<number, number>();
  trace.steps.forEach((step, index) => {
    if (!first.has(step.line)) first.set(step.line, index);
  });
  for (const point of points) {
    const line = point.line + 1;
    const step = first.get(line);
    if (step === undefined) {
      diagnostics.push({
        span: point.span,
        severity: 'information',
        code: 'annotation-unchecked',
        message: `the snapshot \`${point.label}\` is never reached: line ${line} does not run in the simulation`,
        related: [],
      });
      continue;
    }
    snapshots.push({ label: point.label, line, step });
  }
  return { snapshots, diagnostics };
}

/** The trace with its `snapshots` set from `points` (a new object; the steps are shared). */
export function withSnapshots(trace: Trace, points: readonly SnapshotPoint[]): Trace {
  return { ...trace, snapshots: snapshotSteps(trace, points).snapshots };
}
