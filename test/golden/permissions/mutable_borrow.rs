// probe 11 v -R: let _probe = v.len();
// probe 11 v -W: v.push(0);
// probe 11 v -O: drop(v);
// probe 13 v +R: let _probe = v.len();
// probe 11 *r +W: r.push(0);
// probe 11 *r -O: let _probe = *r;

fn main() {
    let mut v = vec![1];
    let r = &mut v;
    r.push(2);
    println!("{r:?}");
    println!("{v:?}");
}
