// Arrows around other threads' columns (media/src/views/arrowRoute.ts), without a DOM.
import * as assert from 'node:assert/strict';
import { routeAround, segmentHits, type Box } from '../../media/src/views/arrowRoute';

/** The corners of an SVG path of M/H/V/C commands (a curve by its end point). */
function corners(d: string): [number, number][] {
  const out: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MHVC])([^MHVC]*)/g)) {
    const n = args!.trim().split(/[ ,]+/).map(Number);
    if (cmd === 'M') [x, y] = n as [number, number];
    else if (cmd === 'H') x = n[0]!;
    else if (cmd === 'V') y = n[0]!;
    else [x, y] = [n[4]!, n[5]!];
    out.push([x, y]);
  }
  return out;
}

describe('arrows around thread columns', () => {
  const column: Box = { left: 300, top: 50, right: 500, bottom: 200 };

  it('leaves an S-curve alone when it misses every column', () => {
    assert.equal(routeAround(280, 300, 700, 320, [column], 0), undefined, 'below the column');
    assert.equal(routeAround(100, 100, 250, 120, [column], 0), undefined, 'short of the column');
  });

  it('runs down the gap, under the column and on to the target when the curve would cross it', () => {
    const d = routeAround(280, 100, 700, 120, [column], 0);
    assert.ok(d, 'a detour');
    const points = corners(d);
    assert.deepEqual(points.at(-1), [700, 120], 'ends on the target');
    for (let i = 0; i + 1 < points.length - 1; i++) assert.ok(!segmentHits(points[i]!, points[i + 1]!, column), `leg ${i} of ${d} stays out of the column`);
    assert.ok(points.some(([, y]) => y > column.bottom), 'passes below the column');
    // The last leg is a curve from past the column's right edge.
    assert.ok(points.at(-2)![0] > column.right, d);
  });

  it('spreads detours of several arrows into lanes', () => {
    const a = routeAround(280, 100, 700, 120, [column], 0)!;
    const b = routeAround(280, 110, 700, 160, [column], 1)!;
    assert.notEqual(corners(a)[1]![0], corners(b)[1]![0], 'different x in the gap');
  });
});
