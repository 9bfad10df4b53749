fn apply<F: Fn(&str) -> &str>(f: F) -> usize {
    f("abc").len()
}

fn main() {
    let s = String::from("env");
    let env = |_a: &str| -> &str { &s };
    let owned = |a: &str| -> String { a.to_string() };
    let fixed = |_a: &str| -> &'static str { "x" };
    let len = |a: &str| -> usize { a.len() };
    let first = |v: &Vec<i32>| -> i32 { v[0] };
    println!("{}", apply(|a: &str| -> &str { a }));
    println!("{}", apply(|a: &str| -> &str { &a[1..] }));
    println!("{} {} {} {} {}", env("q"), owned("o"), fixed("f"), len("l"), first(&vec![4]));
}
