struct Parser<'a> { input: &'a str, pos: usize }

fn main() {
    let mut source = String::from("let x = 1;");
    let p = Parser { input: &source, pos: 0 };
    source.push_str(" let y = 2;");
    println!("{} {}", p.input, p.pos);
}
