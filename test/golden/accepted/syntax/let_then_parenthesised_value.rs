fn show(n: i32) {
    println!("{n}");
}

fn main() {
    let count = 3;
    let total = {
        let doubled = count * 2;
        doubled + 1
    };
    let width = 12;
    show(width);
    show(total);
    if let Some(x) = Some(count) {
        show(x);
    }
}
