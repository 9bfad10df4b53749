// Type syntax → `Ty`. Generic parameters of the enclosing items become `param` types and `Self`
// becomes the implementing type, so later stages never see those names.
import type { SyntaxNode } from '../../parse/parser';
import { Unsupported } from '../errors';
import type { Ty } from '../types';
import { spanOf } from './span';

export interface TypeScope {
  generics: ReadonlySet<string>;
  selfTy: Ty | null;
}

function named(n: SyntaxNode): SyntaxNode[] {
  return n.namedChildren.filter((c): c is SyntaxNode => !!c && c.type !== 'lifetime' && c.type !== 'line_comment' && c.type !== 'block_comment');
}

export function lowerType(node: SyntaxNode, scope: TypeScope): Ty {
  const text = node.text.replace(/\s+/g, ' ').replace(/< /g, '<').replace(/ >/g, '>');
  switch (node.type) {
    case 'primitive_type':
      return { k: 'path', name: node.text, segs: [node.text], args: [], text: node.text };
    case 'type_identifier': {
      const name = node.text;
      if (name === '_') return { k: 'infer', text: '_' };
      if (name === 'Self' && scope.selfTy) return scope.selfTy;
      if (scope.generics.has(name)) return { k: 'param', name, text: name };
      return { k: 'path', name, segs: [name], args: [], text: name };
    }
    case 'scoped_type_identifier': {
      const segs = node.text.split('::').map((s) => s.trim());
      const name = segs[segs.length - 1]!;
      // Associated types (`Self::Item`, `T::Output`): values carry their own types at run time.
      if (segs[0] === 'Self' || scope.generics.has(segs[0]!)) return { k: 'infer', text: node.text };
      return { k: 'path', name, segs, args: [], text: name };
    }
    case 'generic_type': {
      const base = lowerType(node.childForFieldName('type')!, scope);
      const argsNode = node.childForFieldName('type_arguments');
      const args = argsNode ? named(argsNode).filter((a) => a.type !== 'type_binding' && a.type !== 'trait_bounds').map((a) => lowerType(a, scope)) : [];
      if (base.k !== 'path') throw new Unsupported(`generic type ${text}`, spanOf(node));
      const t = `${base.name}<${args.map((a) => a.text).join(', ')}>`;
      return { k: 'path', name: base.name, segs: base.segs, args, text: t };
    }
    case 'reference_type': {
      const inner = lowerType(node.childForFieldName('type')!, scope);
      const mut = node.children.some((c) => c?.type === 'mutable_specifier');
      return { k: 'ref', mut, inner, text: `&${mut ? 'mut ' : ''}${inner.text}` };
    }
    case 'pointer_type': {
      const inner = lowerType(node.childForFieldName('type')!, scope);
      const mut = node.children.some((c) => c?.type === 'mutable_specifier');
      return { k: 'ptr', mut, inner, text };
    }
    case 'unit_type':
      return { k: 'tuple', items: [], text: '()' };
    case 'tuple_type': {
      const items = named(node).map((c) => lowerType(c, scope));
      return { k: 'tuple', items, text: `(${items.map((i) => i.text).join(', ')}${items.length === 1 ? ',' : ''})` };
    }
    case 'array_type': {
      const elem = lowerType(node.childForFieldName('element')!, scope);
      const lenNode = node.childForFieldName('length');
      if (!lenNode) return { k: 'slice', elem, text: `[${elem.text}]` };
      const lenText = lenNode.text.replace(/_/g, '').replace(/usize$/, '');
      if (!/^\d+$/.test(lenText)) return { k: 'array', elem, len: -1, text: `[${elem.text}; ${lenNode.text}]` };
      return { k: 'array', elem, len: Number(lenText), text: `[${elem.text}; ${lenText}]` };
    }
    case 'dynamic_type': {
      const t = node.namedChildren[0];
      const trait = t ? traitName(t) : '?';
      return { k: 'dyn', trait, text: `dyn ${trait}` };
    }
    case 'abstract_type': {
      const t = node.namedChildren.find((c) => c && c.type !== 'type_parameters');
      return { k: 'impl', trait: t ? traitName(t) : '?', text };
    }
    case 'bounded_type': {
      const first = node.namedChildren[0];
      return first ? lowerType(first, scope) : { k: 'infer', text };
    }
    case 'function_type':
      return { k: 'fn', text };
    case 'never_type':
      return { k: 'never', text: '!' };
    default:
      throw new Unsupported(`type syntax \`${text}\``, spanOf(node));
  }
}

function traitName(n: SyntaxNode): string {
  if (n.type === 'generic_type' || n.type === 'function_type') {
    const t = n.childForFieldName('type') ?? n.childForFieldName('trait');
    if (t) return t.text.split('::').pop()!;
  }
  if (n.type === 'bounded_type') return traitName(n.namedChildren[0]!);
  return n.text.split('<')[0]!.split('::').pop()!.trim();
}
