fn main() {
    let mut fs = Vec::new();
    for i in 0..3 {
        let s = i * 2;
        fs.push(move || s + 1);
    }
    let base = 10;
    let mut gs = Vec::new();
    for i in 0..3 {
        let t = i * 2;
        gs.push(move || t + base);
    }
    let total: i32 = fs.iter().map(|f| f()).sum::<i32>() + gs.iter().map(|g| g()).sum::<i32>();
    println!("{} {}", fs.len(), total);
}
