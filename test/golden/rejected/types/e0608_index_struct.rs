struct Grid {
    cells: Vec<u8>,
}

fn main() {
    let g = Grid { cells: vec![1] };
    println!("{}", g[0]);
}
