fn main() {
    let mut grid = vec![vec![0u8; 2]; 2];
    for cell in grid.iter().flatten() {
        if *cell == 0 {
            grid[0][0] = 1;
        }
    }
    println!("{:?}", grid);
}
