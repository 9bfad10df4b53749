struct Meters(f64);
struct Feet(f64);

impl From<Feet> for Meters {
    fn from(f: Feet) -> Meters {
        Meters(f.0 * 0.3048)
    }
}

struct Celsius(f64);

impl<T: Into<f64>> From<(T,)> for Celsius {
    fn from(t: (T,)) -> Celsius {
        Celsius(t.0.into())
    }
}

fn takes_u64(n: u64) -> u64 {
    n + 1
}

fn main() {
    let m: Meters = Feet(10.0).into();
    let same: Meters = Meters(1.0).into();
    let c: Celsius = (3u8,).into();
    let s: String = "abc".into();
    let wide: i64 = 5i32.into();
    let parsed = "42".parse::<u32>().unwrap();
    let guessed = "7".parse().unwrap();
    let v = vec![1, 2, 3];
    let total = v.iter().sum::<i32>();
    let doubled: Vec<_> = v.iter().map(|x| x * 2).collect();
    let collected = v.iter().copied().collect::<Vec<i32>>();
    let back = Into::<f64>::into(2.5f32);
    let n = Default::default();
    println!("{} {} {} {s} {wide} {parsed} {} {} {total} {doubled:?} {collected:?} {back}", m.0, same.0, c.0, takes_u64(guessed), takes_u64(n));
}
