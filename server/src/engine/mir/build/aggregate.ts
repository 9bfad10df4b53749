// Aggregates: tuples, arrays, `[x; N]`, struct and variant literals (fields evaluated in the order
// written, stored in declaration order, the rest taken from `..base`), and ranges (`a..b` is a
// `Range` literal; `a..=b` calls `RangeInclusive::new`).
import type * as A from '../../syntax/ast';
import type { AdtDef } from '../../typeck/defs';
import type { Operand, Place } from '../syntax';
import type { Builder } from './builder';
import { callFn, emitCall } from './call';
import { asOperand, fieldIndex, placeOrTemp, project } from './expr';
import { STD, stdItem } from './stdItems';

export function lowerAggregate(b: Builder, dest: Place, e: A.TupleExpr | A.ArrayExpr | A.RepeatExpr | A.StructExpr): void {
  const ty = b.exprTy(e);
  switch (e.kind) {
    case 'Tuple':
      b.assign(dest, { kind: 'aggregate', aggregate: { kind: 'tuple' }, operands: e.elems.map((x) => asOperand(b, x)) }, e.span);
      return;
    case 'Array':
      b.assign(dest, { kind: 'aggregate', aggregate: { kind: 'array', elem: ty.k === 'array' ? ty.elem : ty }, operands: e.elems.map((x) => asOperand(b, x)) }, e.span);
      return;
    case 'Repeat': {
      const count = ty.k === 'array' ? ty.len : undefined;
      if (count === undefined) {
        b.unsupportedAt(e.count.span, 'an array length the type checker could not evaluate');
        return;
      }
      b.assign(dest, { kind: 'repeat', operand: asOperand(b, e.elem), count }, e.span);
      return;
    }
    case 'StructExpr': return lowerStruct(b, dest, e);
  }
}

function lowerStruct(b: Builder, dest: Place, e: A.StructExpr): void {
  b.cx.lowered.structs.push(e);
  const ty = b.exprTy(e);
  const r = b.cx.names.resolve(e.path);
  let def: AdtDef | undefined;
  let variant = 0;
  if (r.res.kind === 'Variant' && r.unresolved === 0) {
    def = r.res.adt;
    variant = r.res.index;
  } else if (ty.k === 'adt') {
    def = ty.def as AdtDef;
    if (def.adt === 'enum') {
      const name = e.path.segments.at(-1)?.ident.name;
      variant = def.variants.findIndex((v) => v.name === name);
    }
  }
  if (!def || variant < 0 || ty.k !== 'adt') {
    b.unsupportedAt(e.path.span, 'a struct literal whose type is not known');
    return;
  }
  const fields = b.cx.props.fieldTys(ty, variant);
  const operands: (Operand | undefined)[] = fields.map(() => undefined);
  for (const f of e.fields) {
    const i = fieldIndex(b, ty, f.name.name, variant);
    const op = asOperand(b, f.expr);
    if (i !== undefined) operands[i] = op;
  }
  if (e.base) {
    const base = lowerBase(b, e.base);
    fields.forEach((fty, i) => {
      if (operands[i]) return;
      const name = def.variants[variant]?.fields[i]?.name ?? String(i);
      operands[i] = b.operandOf(project(base, { kind: 'field', index: i, name, ty: fty }));
    });
  }
  if (operands.some((o) => !o)) {
    b.unsupportedAt(e.span, 'a struct literal with fields the builder could not match');
    return;
  }
  b.assign(dest, { kind: 'aggregate', aggregate: { kind: 'adt', def, variant, args: ty.args }, operands: operands as Operand[] }, e.span);
}

/**
 * `..base` is a place when it names one; any other expression is evaluated (after the written
 * fields) into a temporary of the statement, which drops whatever fields the literal does not
 * move out of it. The base is not an extending operand: a `&temp` inside it dies with the statement.
 */
function lowerBase(b: Builder, base: A.Expr): Place {
  const extendTo = b.extendTo;
  b.extendTo = undefined;
  try {
    return placeOrTemp(b, base);
  } finally {
    b.extendTo = extendTo;
  }
}

export function lowerRange(b: Builder, dest: Place, e: A.RangeExpr): void {
  const ty = b.exprTy(e);
  if (e.inclusive && e.start && e.end) {
    const args = [asOperand(b, e.start), asOperand(b, e.end)];
    emitCall(b, dest, callFn(stdItem(STD.rangeInclusiveNew), e.span), args, e.span, false);
    return;
  }
  if (ty.k !== 'adt') {
    b.unsupportedAt(e.span, 'a range whose type is not known');
    return;
  }
  const operands = [e.start, e.end].filter((x): x is A.Expr => x !== undefined).map((x) => asOperand(b, x));
  b.assign(dest, { kind: 'aggregate', aggregate: { kind: 'adt', def: ty.def, variant: 0, args: ty.args }, operands }, e.span);
}
