fn main() {
    let mut fs = Vec::new();
    for i in 0..3 {
        let s = i * 2;
        fs.push(move || s + 1);
    }
    let mut gs = Vec::new();
    for i in 0..3 {
        let t = i * 2;
        gs.push(|| t + 1);
    }
    println!("{} {}", fs.len(), gs.len());
}
