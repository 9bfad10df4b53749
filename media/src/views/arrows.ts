// Pointers as arrows, drawn in one SVG laid over the stack and heap. Arrows leave from the dot of
// a variable or a block's field and end at the block (or variable) they point to. Arrows between
// heap blocks loop out to the right of the heap column, so two blocks that point at each other
// draw a closed loop; the edges of a strong cycle are drawn in the cycle colour.
import type { Pointer } from '../../../protocol/trace';
import { targetKey, type Anchors } from '../anchors';
import { svg } from '../dom';
import { pointerKindText } from './pointers';

const KINDS: Pointer['kind'][] = ['ref', 'mut-ref', 'owner', 'strong', 'weak', 'raw'];
/** Arrows beyond this count are not drawn (the dots still show); layout cost grows with each. */
const MAX_ARROWS = 600;

export class ArrowLayer {
  readonly root = svg('svg', { class: 'arrows', 'aria-hidden': 'true' });
  private readonly paths = svg('g');

  constructor(private readonly container: HTMLElement) {
    const defs = svg('defs');
    for (const kind of [...KINDS, 'cycle']) {
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
    const paths: SVGPathElement[] = [];
    const heapRight = this.heapRightEdge(anchors, ox);
    let loops = 0;
    for (const src of anchors.sources) {
      if (paths.length >= MAX_ARROWS) break;
      const target = anchors.targets.get(targetKey(src.pointer.target));
      if (!target) continue;
      const a = src.from.getBoundingClientRect();
      const b = target.getBoundingClientRect();
      if (a.width === 0 || b.width === 0) continue;
      const x1 = a.left + a.width / 2 - ox;
      const y1 = a.top + a.height / 2 - oy;
      const toBlock = src.pointer.target.kind === 'block';
      let d: string;
      if (src.fromBlock === undefined && toBlock && b.left - ox > x1) {
        // Stack to heap: a gentle S from the dot to the block's left edge.
        const x2 = b.left - ox;
        const y2 = b.top - oy + Math.min(14, b.height / 2);
        const dx = Math.max(24, (x2 - x1) / 2);
        d = `M${x1},${y1} C${x1 + dx},${y1} ${x2 - dx},${y2} ${x2},${y2}`;
      } else {
        // Within a column: loop out to the right and come back to the target's right edge.
        const x2 = b.right - ox;
        const y2 = b.top - oy + Math.min(14, b.height / 2);
        const out = (src.fromBlock !== undefined ? heapRight : Math.max(x1, x2)) + 18 + (loops++ % 4) * 8;
        const reach = Math.min(60, Math.abs(y2 - y1) / 4);
        d =
          Math.abs(y2 - y1) < 4 && Math.abs(x2 - x1) < 4
            ? `M${x1},${y1} C${x1 + 30},${y1 - 30} ${x1 + 30},${y1 + 30} ${x2 + 2},${y2}`
            : `M${x1},${y1} C${out + reach},${y1} ${out + reach},${y2} ${x2},${y2}`;
      }
      const from = src.fromBlock;
      const onCycle =
        from !== undefined &&
        src.pointer.target.kind === 'block' &&
        (src.pointer.kind === 'strong' || src.pointer.kind === 'owner') &&
        cycles.has(from) &&
        cycles.get(from) === cycles.get(src.pointer.target.id);
      const kind = onCycle ? 'cycle' : src.pointer.kind;
      const path = svg('path', { d, class: `arrow kind-${src.pointer.kind}${onCycle ? ' on-cycle' : ''}`, 'marker-end': `url(#rm-head-${kind})` });
      const title = svg('title');
      title.textContent = pointerKindText(src.pointer.kind);
      path.append(title);
      paths.push(path);
    }
    this.paths.replaceChildren(...paths);
  }

  private heapRightEdge(anchors: Anchors, ox: number): number {
    let right = 0;
    for (const [key, e] of anchors.targets) {
      if (!key.startsWith('block:')) continue;
      right = Math.max(right, e.getBoundingClientRect().right - ox);
      break;
    }
    return right;
  }
}
