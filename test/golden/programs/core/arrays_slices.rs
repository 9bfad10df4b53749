// Fixed-size arrays, 2-D arrays, slices of arrays, arrays by value in for loops (edition 2021).
fn total(xs: &[u32]) -> u32 {
    xs.iter().sum()
}
fn main() {
    let a = [3u32, 1, 4, 1, 5, 9, 2, 6];
    println!("{} {} {:?}", a.len(), total(&a), &a[2..5]);
    println!("{:?} {:?}", a.first(), a.split_first().map(|(h, t)| (*h, t.len())));
    let mut grid = [[0u8; 3]; 2];
    grid[1][2] = 7;
    println!("{:?}", grid);
    let squares = [1, 2, 3].map(|x| x * x);
    println!("{:?}", squares);
    for x in [10, 20, 30] {
        print!("{} ", x);
    }
    println!();
    let names = ["ann".to_string(), "bob".to_string()];
    for n in names {
        print!("{} ", n);
    }
    println!();
    let mut counts = [0usize; 26];
    for c in "hello world".chars().filter(|c| c.is_ascii_lowercase()) {
        counts[(c as u8 - b'a') as usize] += 1;
    }
    let top: Vec<(char, usize)> = counts.iter().enumerate().filter(|(_, &n)| n > 1).map(|(i, &n)| ((b'a' + i as u8) as char, n)).collect();
    println!("{:?}", top);
    println!("{}", [1, 2] == [1, 2]);
    let mut sorted = a;
    sorted.sort();
    println!("{:?} {:?}", sorted, a);
    println!("{}", std::mem::size_of_val(&a));
}
