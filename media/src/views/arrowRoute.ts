// An arrow from one thread's stack must not pass over another thread's column: that column's
// variables would seem to be what it points at. When the arrow's usual S-curve would cross one, it
// leaves its own column sideways, runs down the gap between the columns to below them, passes
// underneath, and only then curves to its target.

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Points along the cubic Bézier from `p0` to `p3`, ends included. */
function bezierPoints(p0: [number, number], p1: [number, number], p2: [number, number], p3: [number, number], n = 24): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const u = 1 - t;
    const a = u * u * u;
    const b = 3 * u * u * t;
    const c = 3 * u * t * t;
    const d = t * t * t;
    out.push([a * p0[0] + b * p1[0] + c * p2[0] + d * p3[0], a * p0[1] + b * p1[1] + c * p2[1] + d * p3[1]]);
  }
  return out;
}

/** Whether the segment from `a` to `b` enters the box (Liang–Barsky clipping). */
export function segmentHits(a: [number, number], b: [number, number], r: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const edges: [number, number][] = [
    [-dx, a[0] - r.left],
    [dx, r.right - a[0]],
    [-dy, a[1] - r.top],
    [dy, r.bottom - a[1]],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

function hits(points: readonly [number, number][], r: Box): boolean {
  for (let i = 0; i + 1 < points.length; i++) if (segmentHits(points[i]!, points[i + 1]!, r)) return true;
  return false;
}

/** The S-curve from a dot to the left edge of its target, entered at `y2`. */
export function sCurve(x1: number, y1: number, x2: number, y2: number): { d: string; points: [number, number][] } {
  const dx = Math.max(20, (x2 - x1) / 2);
  return {
    d: `M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${y2} ${x2},${y2}`,
    points: bezierPoints([x1, y1], [x1 + dx, y1], [x2 - dx, y2], [x2, y2]),
  };
}

/**
 * The path from (x1, y1) to (x2, y2) that keeps out of `columns` (other threads' columns), or
 * undefined when the S-curve already does. `lane` spreads arrows that take the same detour.
 */
export function routeAround(x1: number, y1: number, x2: number, y2: number, columns: readonly Box[], lane: number): string | undefined {
  const curve = sCurve(x1, y1, x2, y2);
  const crossed = columns.filter((c) => hits(curve.points, c));
  if (crossed.length === 0) return undefined;
  const left = Math.min(...crossed.map((c) => c.left));
  const right = Math.max(...crossed.map((c) => c.right));
  const bottom = Math.max(...crossed.map((c) => c.bottom));
  const spread = lane % 4;
  // The gap between two columns is 16 px: the lanes stay inside it.
  const gapX = left - 4 - spread * 2;
  const below = bottom + 8 + spread * 4;
  const parts = [`M${x1},${y1}`];
  let x = x1;
  let y = y1;
  if (y1 < below) {
    parts.push(`H${gapX}`, `V${below}`);
    x = gapX;
    y = below;
  }
  if (x2 > right + 12) {
    const exitX = right + 6 + spread * 2;
    parts.push(`H${exitX}`);
    x = exitX;
    const dx = Math.max(8, Math.min(40, (x2 - x) / 2));
    parts.push(`C${x + dx},${y} ${x2 - dx},${y2} ${x2},${y2}`);
  } else {
    // The target is below the columns (a narrow layout): straight down to it, then in.
    const dy = Math.max(8, (y2 - y) / 2);
    parts.push(`C${x},${y + dy} ${x2 - 20},${y2} ${x2},${y2}`);
  }
  return parts.join(' ');
}
