// probe 9 v +W: v.push(v.len());
// probe 11 v -R: let _probe = v.len();
// probe 11 *n +W: n.push(0);
// probe 12 *n -R: let _probe = n.len();
// probe 13 *m +W: m.push(0);

fn main() {
    let mut v = vec![1];
    v.push(v.len());
    let n = &mut v;
    let m = &mut *n;
    m.push(2);
    n.push(3);
    println!("{v:?}");
}
