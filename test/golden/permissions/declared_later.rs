// probe 7 x -R: let _probe = x;
// probe 8 x +R: let _probe = x;

fn main() {
    let n = 3;
    let x;
    if n > 2 { x = 1; } else { x = 2; }
    println!("{x}");
}
