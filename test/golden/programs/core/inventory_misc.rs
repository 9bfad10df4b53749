// Mutating through a filtered iter_mut, removing by position, char grids, iter::repeat, cmp::Reverse.
#[derive(Debug)]
struct Item { name: String, qty: u32 }
fn restock(items: &mut Vec<Item>, min: u32) -> usize {
    let mut n = 0;
    for it in items.iter_mut().filter(|i| i.qty < min) {
        it.qty = min;
        n += 1;
    }
    n
}
fn main() {
    let mut items = vec![Item { name: "a".into(), qty: 1 }, Item { name: "b".into(), qty: 9 }];
    println!("{}", restock(&mut items, 5));
    println!("{:?}", items);
    let names: Vec<&String> = items.iter().map(|i| &i.name).collect();
    println!("{:?}", names);
    let total: u32 = items.iter().map(|i| i.qty).sum();
    println!("{}", total);
    let idx = items.iter().position(|i| i.name == "b").unwrap();
    let removed = items.remove(idx);
    println!("{:?} {}", removed, items.len());
    let mut grid = [[' '; 3]; 3];
    grid[1][1] = 'X';
    for row in grid.iter() { println!("{}", row.iter().collect::<String>()); }
    let s: String = std::iter::repeat("ab").take(3).collect();
    println!("{}", s);
    let mut v = vec![5, 1, 4];
    v.sort_by_key(|&x| std::cmp::Reverse(x));
    println!("{:?}", v);
    let text = "line1\nline2";
    for (n, l) in text.lines().enumerate() { println!("{:>3}: {}", n + 1, l); }
    let x = 7;
    let msg = match x { n if n < 0 => "neg", 0 => "zero", 1..=9 => "digit", _ => "big" };
    println!("{}", msg);
}
