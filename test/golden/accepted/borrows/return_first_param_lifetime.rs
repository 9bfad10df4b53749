fn first<'a, 'b>(a: &'a i32, _b: &'b i32) -> &'a i32 {
    a
}

fn main() {
    println!("{}", first(&1, &2));
}
