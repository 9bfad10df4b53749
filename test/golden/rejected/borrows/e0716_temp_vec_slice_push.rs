fn main() {
    let mut slices: Vec<&[i32]> = Vec::new();
    slices.push(&vec![1, 2]);
    println!("{}", slices.len());
}
