fn main() {
    let mut v = vec![1, 2, 3];
    let f = {
        let r = &mut v;
        move || r.len()
    };
    println!("{}", f());
    let mut n = 0;
    let mut bump = { let r = &mut n; move || *r += 1 };
    bump();
    bump();
    println!("{}", n);
}
