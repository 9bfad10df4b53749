fn main() {
    let mut marks: Vec<u8> = Vec::with_capacity(4);
    marks.push(7);
    let head = &marks[0];
    marks.push(9);
    println!("head is still {head}");
}
