// probe 13 v +R: let _probe = v.len();
// probe 13 v -W: v.push(9);
// probe 13 v -O: drop(v);
// probe 14 v +W: v.push(9);
// probe 12 v +W: v.push(9);
// probe 13 first +R: let _probe = *first;
// probe 13 *first -W: *first = 9;
// probe 14 first +R: let _probe = *first;

fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    println!("{first}");
    v.push(4);
    println!("{v:?}");
}
