// to_string of std's own types: numbers, chars, bools and string slices size their String
// exactly; a type that only has Display grows one from empty.
struct Celsius(f64);

impl std::fmt::Display for Celsius {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "{:.1} C", self.0)
    }
}

fn main() {
    let a = 1234567u64.to_string();
    let b = (-42i32).to_string();
    let c = 7u8.to_string();
    let d = (-3i8).to_string();
    let e = 'é'.to_string();
    let f = true.to_string();
    let g = "slice".to_string();
    let h = String::from("owned").to_string();
    let i = Celsius(21.5).to_string();
    let j = 2.5f64.to_string();
    let k = 'x'.to_string();
    println!("{} {} {} {} {} {} {} {} {} {} {}", a, b, c, d, e, f, g, h, i, j, k);
    let l = 42i32.to_string();
    let m = 5i64.to_string();
    let n = 300i16.to_string();
    let o = 99usize.to_string();
    let q = Box::new(8i32).to_string();
    let r = (&&"refs").to_string();
    println!("{} {} {} {} {} {}", l, m, n, o, q, r);
}
