// probe 9 *r -W: r.push_str("!");
// probe 9 *r -O: let _probe = *r;
// probe 9 *r +R: let _probe = r.len();
// probe 13 *m +W: m.push_str("!");
// probe 13 *m -O: let _probe = *m;
// probe 13 m -W: m = &mut String::new();

fn shared(r: &String) -> usize {
    r.len()
}

fn unique(m: &mut String) {
    m.push('?');
}

fn main() {
    let mut s = String::from("a");
    unique(&mut s);
    println!("{}", shared(&s));
}
