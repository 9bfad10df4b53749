// Nested closures, closures calling closures, closures given to iterator adapters.
fn size<T>(name: &str, value: &T) {
    println!("{name} {}", std::mem::size_of_val(value));
}

fn main() {
    let base = 10i32;
    let mut total = 0i32;
    let data = vec![1, 2, 3];
    let mut add = |x: i32| total += x + base;
    size("add", &add);
    add(1);
    let mut run = || add(2);
    size("run", &run);
    run();
    println!("{}", total);
    let scaled: Vec<i32> = data.iter().map(|x| x * base).collect();
    println!("{:?}", scaled);
    let outer = || {
        let inner = || data.len() + base as usize;
        inner()
    };
    size("outer", &outer);
    println!("{}", outer());
    let pair = (String::from("p"), String::from("q"));
    let (ref a, _) = pair;
    let show = || println!("{a} {}", pair.1);
    size("show", &show);
    show();
    let name = String::from("n");
    let eq = || name == "n";
    size("eq", &eq);
    println!("{}", eq());
}
