fn copy_all<T: Clone>(items: &[T]) -> Vec<T> {
    items.to_vec()
}

struct Cell;

fn main() {
    let cells = [Cell, Cell];
    let again = copy_all(&cells);
    println!("{}", again.len());
}
