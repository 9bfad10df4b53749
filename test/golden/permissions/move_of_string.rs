// probe 10 s -R: let _probe = s.len();
// probe 10 s -W: s.push_str("!");
// probe 10 s -O: drop(s);
// probe 9 s +R: let _probe = s.len();
// probe 11 t +O: drop(t);

fn main() {
    let mut s = String::from("hi");
    let t = s;
    println!("{t}");
}
