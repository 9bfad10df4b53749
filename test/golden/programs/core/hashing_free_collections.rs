// Vec of Vec (a grid), tuples in vectors, nested collections and their clones.
fn main() {
    let mut grid = vec![vec![0; 4]; 3];
    for r in 0..3 {
        for c in 0..4 {
            grid[r][c] = r * 4 + c;
        }
    }
    for row in &grid {
        println!("{:?}", row);
    }
    let transposed: Vec<Vec<usize>> = (0..4).map(|c| grid.iter().map(|row| row[c]).collect()).collect();
    println!("{:?}", transposed);
    let mut pairs: Vec<(String, u32)> = vec![("b".to_string(), 2), ("a".to_string(), 1)];
    pairs.sort();
    println!("{:?}", pairs);
    let copy = pairs.clone();
    pairs[0].1 = 100;
    println!("{:?} {:?}", pairs[0], copy[0]);
    let total: u32 = pairs.iter().map(|(_, n)| n).sum();
    println!("{}", total);
    let flat: Vec<usize> = grid.into_iter().flatten().filter(|x| x % 5 == 0).collect();
    println!("{:?}", flat);
    let nested = vec![Some(1), None, Some(3)];
    let present: Vec<i32> = nested.iter().flatten().copied().collect();
    println!("{:?}", present);
}
