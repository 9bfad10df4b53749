fn remaining(total: usize, used: usize) -> usize {
    total - used
}

fn main() {
    println!("left = {}", remaining(10, 3));
    println!("left = {}", remaining(3, 10));
}
