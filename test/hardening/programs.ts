// Generated programs that stress the analysis: deep nesting and long flat expressions. Each is a
// use of a moved `String` (rustc's E0382) plus one huge `let`, so a check that silently gives up
// shows as a missing finding.
export function withHugeLet(expr: string, ty = ''): string {
  return [
    'fn main() {',
    '    let s = String::from("a");',
    '    let t = s;',
    '    println!("{}", s);',
    `    let x${ty} = ${expr};`,
    '    println!("{} {:?}", t, x);',
    '}',
    '',
  ].join('\n');
}

export const nestedParens = (depth: number) => withHugeLet(`${'('.repeat(depth)}0${')'.repeat(depth)}`);
export const flatSum = (terms: number) => withHugeLet(`0${'+1'.repeat(terms)}`, ': u64');
export const longVec = (items: number) => withHugeLet(`vec![${Array(items).fill('1').join(',')}]`);
