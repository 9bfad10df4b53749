fn main() {
    let n = 3;
    let f;
    {
        f = || n + 1;
    }
    let k = 5;
    let mut fs = Vec::new();
    fs.push(|| k * 2);
    let g = {
        let m = 4;
        move || m + 1
    };
    let q;
    {
        let p = 7;
        q = Some(move || p + 1);
    }
    let total = fs.iter().map(|h| h()).sum::<i32>();
    println!("{} {} {} {}", f(), total, g(), q.is_some());
}
