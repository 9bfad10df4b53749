fn main() {
    let mut count = 0;
    let mut inc = || {
        count += 1;
        count
    };
    let a = inc();
    let b = inc();
    count += 10;
    println!("{} {} {}", a, b, count);
    let mut names = vec!["a"];
    {
        let mut add = |n| names.push(n);
        add("b");
    }
    names.push("c");
    println!("{:?}", names);
}
