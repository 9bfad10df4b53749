// Pointers as arrows, drawn in one SVG laid over the stack and heap. Arrows leave from the dot of
// a variable, a block's field or an element slot, and end at the left edge of the block (or of the
// element slot, or variable) they point to. The heap is laid out left to right (heapLayout.ts), so
// most arrows run rightwards as a gentle S; one that points back (a cycle, a block placed earlier)
// loops out to the right of its source and comes back to the target's right edge, so two blocks
// that point at each other draw a closed loop. The edges of a strong cycle are drawn in the cycle
// colour. An arrow into a part of the heap scrolled out of view is cut at the pane's edge. An arrow
// from one thread's stack goes around the other threads' columns (arrowRoute.ts).
import type { Pointer } from '../../../protocol/trace';
import { targetKey, type Anchors } from '../anchors';
import { svg } from '../dom';
import { pointerKindText } from './pointers';
import { DANGLING_MARKER, danglingArrow } from '../dangling';
import { routeAround, sCurve, type Box } from './arrowRoute';

const KINDS: Pointer['kind'][] = ['ref', 'mut-ref', 'owner', 'strong', 'weak', 'raw'];
/** Arrows beyond this count are not drawn (the dots still show); layout cost grows with each. */
const MAX_ARROWS = 600;

export class ArrowLayer {
  readonly root = svg('svg', { class: 'arrows', 'aria-hidden': 'true' });
  private readonly paths = svg('g');
  /** Everything left of the heap pane, and the pane's visible part. */
  private readonly clipLeft = svg('rect');
  private readonly clipPane = svg('rect');

  constructor(
    private readonly container: HTMLElement,
    /** The scrolling heap pane: arrows that end in it are clipped to it. */
    private readonly heapPane: HTMLElement,
  ) {
    const defs = svg('defs');
    for (const kind of [...KINDS, 'cycle', 'move', DANGLING_MARKER]) {
      const marker = svg('marker', {
        id: `rm-head-${kind}`,
        viewBox: '0 0 10 10',
        refX: '9',
        refY: '5',
        markerWidth: '7',
        markerHeight: '7',
        markerUnits: 'userSpaceOnUse',
        orient: 'auto-start-reverse',
      });
      marker.append(svg('path', { d: 'M0,0 L10,5 L0,10 z', class: `head kind-${kind}` }));
      defs.append(marker);
    }
    const clipPath = svg('clipPath', { id: 'rm-heap-clip' });
    clipPath.append(this.clipLeft, this.clipPane);
    defs.append(clipPath);
    this.root.append(defs, this.paths);
  }

  draw(anchors: Anchors, cycles: Map<number, number>): void {
    const box = this.container.getBoundingClientRect();
    const width = this.container.scrollWidth;
    const height = this.container.scrollHeight;
    this.root.setAttribute('width', String(width));
    this.root.setAttribute('height', String(height));
    this.root.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const ox = box.left - this.container.scrollLeft;
    const oy = box.top - this.container.scrollTop;
    const pane = this.heapPane.getBoundingClientRect();
    const set = (r: SVGRectElement, x: number, y: number, w: number, h: number) => {
      r.setAttribute('x', String(x));
      r.setAttribute('y', String(y));
      r.setAttribute('width', String(Math.max(0, w)));
      r.setAttribute('height', String(Math.max(0, h)));
    };
    set(this.clipLeft, 0, 0, pane.left - ox, height);
    set(this.clipPane, pane.left - ox, pane.top - oy, pane.width, pane.height);
    const paths: SVGElement[] = [];
    // Each thread's column, in the SVG's coordinates: arrows from another thread keep out of it.
    const columns = new Map<Element, Box>();
    for (const c of Array.from(this.container.querySelectorAll('.stack > .thread'))) {
      const r = c.getBoundingClientRect();
      columns.set(c, { left: r.left - ox, top: r.top - oy, right: r.right - ox, bottom: r.bottom - oy });
    }
    let detours = 0;
    for (const src of anchors.sources) {
      if (paths.length >= MAX_ARROWS) break;
      const target = anchors.targets.get(targetKey(src.pointer.target));
      if (!target) continue;
      const a = src.from.getBoundingClientRect();
      const b = target.getBoundingClientRect();
      if (a.width === 0 || b.width === 0) continue;
      const x1 = a.left + a.width / 2 - ox;
      const y1 = a.top + a.height / 2 - oy;
      // An element slot or the value inside a cell is entered at its middle, like a variable.
      const toSlot = src.pointer.target.kind === 'block' && (src.pointer.target.index !== undefined || src.pointer.target.cell !== undefined);
      const toBlock = src.pointer.target.kind === 'block';
      // A block is entered just below its top edge, a slot or variable at its middle.
      const yIn = toBlock && !toSlot ? b.top - oy + Math.min(14, b.height / 2) : b.top - oy + b.height / 2;
      let d: string;
      const x2 = b.left - ox;
      const others = src.fromBlock === undefined && columns.size > 1 ? otherColumns(columns, src.from, target) : [];
      if (x2 > x1 + 12) {
        const around = others.length > 0 ? routeAround(x1, y1, x2, yIn, others, detours) : undefined;
        if (around !== undefined) detours++;
        d = around ?? sCurve(x1, y1, x2, yIn).d;
      } else {
        // Back or within one column: loop out to the right and come back to the target's right edge,
        // staying short of the next thread's column.
        const xr = b.right - ox;
        const wall = Math.min(Infinity, ...others.filter((c) => c.left > x1).map((c) => c.left - 4));
        const reach = Math.min(60, Math.abs(yIn - y1) / 4, Math.max(0, (wall - Math.max(x1, xr)) / 2));
        const out = Math.min(Math.max(x1, xr) + 24, wall - reach);
        d =
          Math.abs(yIn - y1) < 4 && Math.abs(xr - x1) < 4
            ? `M${x1},${y1} C${x1 + 30},${y1 - 30} ${x1 + 30},${y1 + 30} ${xr + 2},${yIn}`
            : `M${x1},${y1} C${out + reach},${y1} ${out + reach},${yIn} ${xr},${yIn}`;
      }
      const from = src.fromBlock;
      const onCycle =
        from !== undefined &&
        src.pointer.target.kind === 'block' &&
        (src.pointer.kind === 'strong' || src.pointer.kind === 'owner') &&
        cycles.has(from) &&
        cycles.get(from) === cycles.get(src.pointer.target.id);
      const kind = onCycle ? 'cycle' : src.pointer.kind;
      const attrs: Record<string, string> = { d, class: `arrow kind-${src.pointer.kind}${onCycle ? ' on-cycle' : ''}`, 'marker-end': `url(#rm-head-${kind})` };
      if (toBlock) attrs['clip-path'] = 'url(#rm-heap-clip)';
      attrs['data-target'] = targetKey(src.pointer.target);
      if (from !== undefined) attrs['data-source'] = `block:${from}`;
      const path = svg('path', attrs);
      const title = svg('title');
      title.textContent = `${pointerKindText(src.pointer.kind)}${src.pointer.via ? ` in ${src.pointer.via}` : ''}`;
      path.append(title);
      paths.push(path);
      const label = danglingArrow(path, src.pointer, x2, yIn);
      if (label) paths.push(label);
    }
    // A reallocation: each element's move from the old block, down to its slot in the new one. Into
    // a row of cells, an S from above; into slots in rows, down and then left into the index cell,
    // so the arrows of consecutive elements nest instead of crossing.
    for (const m of anchors.moves) {
      const a = m.from.getBoundingClientRect();
      const b = m.to.getBoundingClientRect();
      if (a.width === 0 || b.width === 0) continue;
      const x1 = a.left + a.width / 2 - ox;
      const y1 = a.bottom - oy;
      let d: string;
      if (m.enter === 'right') {
        const x2 = b.right - ox;
        const y2 = b.top + b.height / 2 - oy;
        d = `M${x1},${y1} V${y2} H${x2}`;
      } else {
        const x2 = b.left + Math.min(b.width / 2, 12) - ox;
        const y2 = b.top - oy;
        d = `M${x1},${y1} C${x1},${(y1 + y2) / 2} ${x2},${(y1 + y2) / 2} ${x2},${y2}`;
      }
      const path = svg('path', {
        d,
        class: 'arrow move',
        'marker-end': 'url(#rm-head-move)',
        'clip-path': 'url(#rm-heap-clip)',
      });
      const title = svg('title');
      title.textContent = 'moved by the reallocation';
      path.append(title);
      paths.push(path);
    }
    this.paths.replaceChildren(...paths);
  }
}

/** The columns of the threads other than the arrow's own and its target's. */
function otherColumns(columns: ReadonlyMap<Element, Box>, from: Element, to: Element): Box[] {
  const own = from.closest('.thread');
  const theirs = to.closest('.thread');
  const out: Box[] = [];
  for (const [c, box] of columns) if (c !== own && c !== theirs) out.push(box);
  return out;
}
