// Hover over a type name (its layout) or a binding (its size on the stack and what it owns on
// the heap), from engine/layout.
import type { HoverProvider } from './providers';
import { bindingHover, traceBindingTypes, typeHover } from '../engine/layout';
import { annotatedTypeEnv } from '../engine/annotations';
import { wholeFileReady } from './wholeFile';

export const layoutHoverProvider: HoverProvider = (doc, position) => {
  if (!wholeFileReady(doc)) return undefined;
  const offset = doc.document.offsetAt(position);
  const env = annotatedTypeEnv(doc.tree, doc.text);
  // Types neither written nor evident come from the simulated run, once it has finished.
  const hint = doc.trace ? traceBindingTypes(doc.trace) : undefined;
  return typeHover(env, offset) ?? bindingHover(env, offset, hint);
};
