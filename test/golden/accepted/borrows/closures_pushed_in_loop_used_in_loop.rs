fn main() {
    let names = vec![String::from("a"), String::from("b")];
    for name in &names {
        let mut fs: Vec<Box<dyn Fn() -> usize + '_>> = Vec::new();
        fs.push(Box::new(|| name.len()));
        println!("{}", fs[0]());
    }
}
