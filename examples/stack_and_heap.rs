// What lives on the stack and what on the heap: a `Vec` is three words on the stack (pointer,
// capacity, length) and its elements on the heap. Pushing past the capacity reallocates: a new,
// bigger block is allocated, the elements are moved, and the old block is freed.

fn sum(values: &[u64]) -> u64 {
    let mut total = 0;
    for v in values {
        total += v;
    }
    total
}

fn main() {
    let count: u64 = 3; // a plain value, on the stack
    let mut squares: Vec<u64> = Vec::new(); // no heap block yet: capacity 0
    for i in 1..=10 {
        squares.push(i * i); // watch the capacity grow: 4, 8, 16
        println!("len {} capacity {}", squares.len(), squares.capacity());
    }
    let boxed = Box::new(count); // one u64 on the heap, owned by `boxed`
    let name = String::from("squares"); // the text is on the heap too
    println!("{name}: sum = {}, boxed = {boxed}", sum(&squares));
}
