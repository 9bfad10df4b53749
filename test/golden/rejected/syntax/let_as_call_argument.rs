fn show(n: i32) {
    println!("{n}");
}

fn main() {
    show(let width = 12);
}
