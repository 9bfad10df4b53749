use std::rc::Rc;

struct Cfg {
    n: u32,
}

fn main() {
    let c = Rc::new(Cfg { n: 1 });
    c.n = 2;
    println!("{}", c.n);
}
