// probe 11 v -W: v.push(1);
// probe 11 v +R: let _probe = v.len();
// probe 11 total +W: total += 0;
// probe 13 v +W: v.push(1);
// probe 11 x +R: let _probe = *x;

fn main() {
    let mut total = 0;
    let mut v = vec![1, 2, 3];
    for x in v.iter() {
        total += x;
    }
    v.push(total);
    println!("{v:?}");
}
