// MIR as text, in the shape `rustc --emit=mir` prints it (`let mut _1: Vec<i32>;`,
// `_1 = Vec::<i32>::new() -> [return: bb1, unwind: bb5];`), so what a teacher shows from the
// product reads like what rustc shows. Types are named as the inspector names them (`Vec<i32>`,
// not `std::vec::Vec<i32>`); user variables are listed with their `debug` lines at the top rather
// than inside nested `scope` blocks; a drop says why it happens in a trailing comment.
import { typeName } from '../typeck';
import type { Def, Ty } from '../typeck/ty';
import type {
  AggregateKind, AssertMessage, BasicBlockData, Body, ConstValue, Operand, Place, Rvalue, Statement, Terminator, UnwindAction,
} from './syntax';

export function printBody(body: Body, name = defName(body.def)): string {
  const out: string[] = [];
  const args = body.localDecls.slice(1, body.argCount + 1).map((d, i) => `_${i + 1}: ${ty(d.ty)}`);
  out.push(`fn ${name}(${args.join(', ')}) -> ${ty(body.localDecls[0]!.ty)} {`);
  body.localDecls.forEach((d, i) => {
    if (d.name && (d.kind === 'user' || d.kind === 'arg')) out.push(`    debug ${d.name} => _${i};`);
  });
  body.localDecls.forEach((d, i) => {
    if (i === 0 || d.kind !== 'arg') out.push(`    let ${d.mutable ? 'mut ' : ''}_${i}: ${ty(d.ty)};${d.extended ? ' // lifetime extended to the block' : ''}`);
  });
  for (const u of body.unsupported) out.push(`    // unsupported at ${u.span.line + 1}:${u.span.character + 1}: ${u.what}`);
  body.basicBlocks.forEach((b, i) => {
    out.push('', `    bb${i}${b.isCleanup ? ' (cleanup)' : ''}: {`);
    for (const s of b.statements) out.push(`        ${statement(s)};`);
    if (b.terminator) {
      const why = b.terminator.kind === 'drop' ? ` // ${b.terminator.reason}` : '';
      out.push(`        ${terminator(b.terminator, b)};${why}`);
    }
    out.push('    }');
  });
  out.push('}');
  return out.join('\n');
}

/** The name rustc's MIR listing gives a body's function: `main`, `Vec::<T>::push`, `Guard::drop`. */
export function defName(def: Def): string {
  // A method is named by its impl's type, as rustc prints `Vec::<i32>::new`.
  const owner = (def as { owner?: { kind: string; selfTy?: Ty } }).owner;
  if (owner?.kind === 'impl' && owner.selfTy) return `${typeName(owner.selfTy).replace(/</, '::<')}::${def.name}`;
  return def.path && !def.path.includes('{') ? def.path : def.name;
}

function ty(t: Ty): string {
  return typeName(t);
}

export function placeText(p: Place): string {
  let s = `_${p.local}`;
  for (const e of p.projection) {
    switch (e.kind) {
      case 'deref': s = `(*${s})`; break;
      case 'field': s = `(${s}.${e.index}: ${ty(e.ty)})`; break;
      case 'index': s = `${s}[_${e.local}]`; break;
      case 'constantIndex': s = `${s}[${e.fromEnd ? '-' : ''}${e.offset} of ${e.minLength}]`; break;
      case 'subslice': s = `${s}[${e.from}:${e.fromEnd ? '-' : ''}${e.to}]`; break;
      case 'downcast': s = `(${s} as ${e.name})`; break;
    }
  }
  return s;
}

function constant(v: ConstValue, t: Ty): string {
  switch (v.kind) {
    case 'int': return `const ${v.value}_${t.k === 'int' ? t.name : 'i32'}`;
    case 'float': return `const ${Number.isInteger(v.value) ? v.value.toFixed(1) : v.value}_${t.k === 'float' ? t.name : 'f64'}`;
    case 'bool': return `const ${v.value}`;
    case 'char': return `const ${JSON.stringify(v.value).replace(/^"|"$/g, "'")}`;
    case 'str': return `const ${JSON.stringify(v.value)}`;
    case 'unit': return 'const ()';
    case 'fn': return `${defName(v.def)}${v.args.length ? `::<${v.args.map(ty).join(', ')}>` : ''}`;
    case 'item': return `const ${defName(v.def)}`;
  }
}

export function operand(o: Operand): string {
  if (o.kind === 'constant') return constant(o.constant.value, o.constant.ty);
  return `${o.kind} ${placeText(o.place)}`;
}

const BIN_NAMES: Record<string, string> = { Add: 'AddWithOverflow', Sub: 'SubWithOverflow', Mul: 'MulWithOverflow' };

function aggregate(k: AggregateKind, ops: readonly Operand[]): string {
  const list = ops.map(operand).join(', ');
  switch (k.kind) {
    case 'tuple': return `(${list}${ops.length === 1 ? ',' : ''})`;
    case 'array': return `[${list}]`;
    case 'closure': return `{closure ${k.def.name}} { ${list} }`;
    case 'adt': {
      const v = (k.def as { variants?: readonly { name: string; shape: string; fields: readonly { name: string }[] }[] }).variants?.[k.variant];
      const head = `${defName(k.def)}${k.args.length ? `::<${k.args.map(ty).join(', ')}>` : ''}`;
      const named = v && (k.def as { adt?: string }).adt === 'enum' ? `${head}::${v.name}` : head;
      if (v?.shape === 'Unit' || ops.length === 0) return named;
      return v?.shape === 'Named' ? `${named} { ${ops.map((o, i) => `${v.fields[i]?.name ?? i}: ${operand(o)}`).join(', ')} }` : `${named}(${list})`;
    }
  }
}

function rvalue(r: Rvalue): string {
  switch (r.kind) {
    case 'use': return operand(r.operand);
    case 'repeat': return `[${operand(r.operand)}; ${r.count}]`;
    case 'ref': return `&${r.borrow === 'mut' || r.borrow === 'twoPhase' ? 'mut ' : r.borrow === 'fake' ? 'fake ' : ''}${placeText(r.place)}`;
    case 'rawPtr': return `&raw ${r.mut ? 'mut' : 'const'} ${placeText(r.place)}`;
    case 'len': return `Len(${placeText(r.place)})`;
    case 'cast': return `${operand(r.operand)} as ${ty(r.ty)} (${r.cast[0]!.toUpperCase()}${r.cast.slice(1)})`;
    case 'binaryOp': return `${r.checked ? (BIN_NAMES[r.op] ?? r.op) : r.op}(${operand(r.left)}, ${operand(r.right)})`;
    case 'unaryOp': return `${r.op}(${operand(r.operand)})`;
    case 'discriminant': return `discriminant(${placeText(r.place)})`;
    case 'aggregate': return aggregate(r.aggregate, r.operands);
    case 'copyForDeref': return `deref_copy ${placeText(r.place)}`;
  }
}

function statement(s: Statement): string {
  switch (s.kind) {
    case 'assign': return `${placeText(s.place)} = ${rvalue(s.rvalue)}`;
    case 'storageLive': return `StorageLive(_${s.local})`;
    case 'storageDead': return `StorageDead(_${s.local})`;
    case 'fakeRead': return `FakeRead(${s.cause[0]!.toUpperCase()}${s.cause.slice(1)}, ${placeText(s.place)})`;
    case 'setDiscriminant': return `discriminant(${placeText(s.place)}) = ${s.variant}`;
    case 'nop': return 'nop';
  }
}

function unwind(u: UnwindAction): string {
  switch (u.kind) {
    case 'continue': return 'unwind continue';
    case 'cleanup': return `unwind: bb${u.block}`;
    case 'unreachable': return 'unwind unreachable';
    case 'terminate': return 'unwind terminate(cleanup)';
  }
}

function assertMessage(m: AssertMessage): string {
  switch (m.kind) {
    case 'overflow': return `"attempt to compute with ${m.op}, which would overflow"`;
    case 'overflowNeg': return '"attempt to negate, which would overflow"';
    case 'divisionByZero': return '"attempt to divide by zero"';
    case 'remainderByZero': return '"attempt to calculate the remainder with a divisor of zero"';
    case 'boundsCheck': return `"index out of bounds: the length is {} but the index is {}", ${operand(m.len)}, ${operand(m.index)}`;
  }
}

function terminator(t: Terminator, block: BasicBlockData): string {
  switch (t.kind) {
    case 'goto': return `goto -> bb${t.target}`;
    case 'switchInt': {
      const arms = t.targets.values.map((v, i) => `${v}: bb${t.targets.targets[i]}`);
      return `switchInt(${operand(t.discr)}) -> [${[...arms, `otherwise: bb${t.targets.otherwise}`].join(', ')}]`;
    }
    case 'return': return 'return';
    case 'unwindResume': return 'resume';
    case 'unreachable': return 'unreachable';
    case 'drop': {
      const u = block.isCleanup && t.unwind.kind === 'terminate' ? 'unwind terminate(cleanup)' : unwind(t.unwind);
      return `drop(${placeText(t.place)}) -> [return: bb${t.target}, ${u}]`;
    }
    case 'call': {
      const head = `${placeText(t.destination)} = ${operand(t.func).replace(/^(copy|move) /, '')}(${t.args.map(operand).join(', ')})`;
      return t.target === undefined ? `${head} -> ${unwind(t.unwind)}` : `${head} -> [return: bb${t.target}, ${unwind(t.unwind)}]`;
    }
    case 'assert': return `assert(${t.expected ? '' : '!'}${operand(t.cond)}, ${assertMessage(t.msg)}) -> [success: bb${t.target}, ${unwind(t.unwind)}]`;
    case 'falseEdge': return `falseEdge -> [real: bb${t.realTarget}, imaginary: bb${t.imaginaryTarget}]`;
    case 'falseUnwind': return `falseUnwind -> [real: bb${t.realTarget}, ${unwind(t.unwind)}]`;
  }
}
