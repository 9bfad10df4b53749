// probe 10 x -W: x = 6;
// probe 10 x +R: let _probe = x + 1;
// probe 10 v -W: v.push(1);
// probe 10 v +O: drop(v);

fn main() {
    let x = 5;
    let v = vec![0];
    println!("{x} {v:?}");
}
