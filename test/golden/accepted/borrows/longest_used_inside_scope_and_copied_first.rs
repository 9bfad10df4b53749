fn longest<'a>(a: &'a str, b: &'a str) -> &'a str { if a.len() > b.len() { a } else { b } }
fn main() {
    let outer = String::from("long string");
    let result;
    {
        let inner = String::from("xyz");
        result = longest(outer.as_str(), inner.as_str());
        println!("{}", result);
    }
    let mut list = vec![1, 2, 3];
    let first = list.first().copied();
    list.push(4);
    println!("{:?}", first);
    let mut s = String::from("a");
    let r1 = &s;
    let r2 = &s;
    println!("{} {}", r1, r2);
    let r3 = &mut s;
    r3.push('b');
    println!("{}", s);
}
