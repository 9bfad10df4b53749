#[derive(Debug, Clone)]
struct Config { name: String, level: u8 }
fn bump(c: &mut Config) -> &mut u8 { &mut c.level }
fn main() {
    let mut cfg = Config { name: "x".into(), level: 1 };
    let lvl = bump(&mut cfg);
    *lvl += 1;
    let name = &cfg.name;
    let copy = Config { level: 3, ..cfg.clone() };
    println!("{} {:?} {:?}", name, copy, cfg);
    let mut arr = [String::new(), String::new()];
    let [a, b] = &mut arr;
    a.push('1');
    b.push('2');
    let mut t = (1, String::from("s"));
    let (n, s) = &mut t;
    *n += 1;
    s.push('!');
    println!("{:?} {:?}", arr, t);
}
