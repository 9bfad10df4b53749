// A body as codegen sees one instance of it: every type in it mapped, as rustc's codegen
// monomorphises the MIR of `largest::<T>` for `largest::<i32>` (the generic parameters replaced by
// the instance's arguments, each opaque `impl Trait` by its hidden type). The body's shape is the
// generic one: its drops, cleanups and temporaries were decided before the arguments were known.
import type { Ty } from '../typeck/ty';
import type { BasicBlockData, Body, Operand, Place, ProjectionElem, Rvalue, Statement, Terminator } from './syntax';

export function mapBodyTypes(body: Body, ty: (t: Ty) => Ty): Body {
  const elem = (e: ProjectionElem): ProjectionElem => (e.kind === 'field' ? { ...e, ty: ty(e.ty) } : e);
  const place = (p: Place): Place => (p.projection.some((e) => e.kind === 'field') ? { local: p.local, projection: p.projection.map(elem) } : p);
  const operand = (o: Operand): Operand => {
    if (o.kind !== 'constant') return { kind: o.kind, place: place(o.place) };
    const v = o.constant.value;
    return { kind: 'constant', constant: { ...o.constant, value: v.kind === 'fn' ? { ...v, args: v.args.map(ty) } : v, ty: ty(o.constant.ty) } };
  };
  const rvalue = (r: Rvalue): Rvalue => {
    switch (r.kind) {
      case 'use': case 'unaryOp': case 'repeat': return { ...r, operand: operand(r.operand) };
      case 'cast': return { ...r, operand: operand(r.operand), ty: ty(r.ty) };
      case 'binaryOp': return { ...r, left: operand(r.left), right: operand(r.right) };
      case 'aggregate': {
        const a = r.aggregate;
        const aggregate = a.kind === 'array' ? { ...a, elem: ty(a.elem) } : a.kind === 'adt' ? { ...a, args: a.args.map(ty) } : a;
        return { ...r, aggregate, operands: r.operands.map(operand) };
      }
      case 'ref': case 'rawPtr': case 'len': case 'discriminant': case 'copyForDeref': return { ...r, place: place(r.place) };
    }
  };
  const statement = (s: Statement): Statement => {
    switch (s.kind) {
      case 'assign': return { ...s, place: place(s.place), rvalue: rvalue(s.rvalue) };
      case 'fakeRead': case 'setDiscriminant': return { ...s, place: place(s.place) };
      default: return s;
    }
  };
  const terminator = (t: Terminator | undefined): Terminator | undefined => {
    switch (t?.kind) {
      case 'switchInt': return { ...t, discr: operand(t.discr) };
      case 'call': return { ...t, func: operand(t.func), args: t.args.map(operand), destination: place(t.destination) };
      case 'drop': return { ...t, place: place(t.place) };
      case 'assert': return { ...t, cond: operand(t.cond) };
      default: return t;
    }
  };
  const block = (bb: BasicBlockData): BasicBlockData => ({ statements: bb.statements.map(statement), terminator: terminator(bb.terminator), isCleanup: bb.isCleanup });
  return {
    ...body,
    localDecls: body.localDecls.map((d) => ({ ...d, ty: ty(d.ty) })),
    basicBlocks: body.basicBlocks.map(block),
  };
}
