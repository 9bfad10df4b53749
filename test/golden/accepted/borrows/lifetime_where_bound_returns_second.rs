fn pick<'a, 'b>(a: &'a i32, b: &'b i32) -> &'a i32
where
    'b: 'a,
{
    if a > b { a } else { b }
}

fn main() {
    println!("{}", pick(&1, &2));
}
