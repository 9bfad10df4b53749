// From/Into between user types, Default derive and struct update syntax.
#[derive(Debug, Default, Clone, PartialEq)]
struct Settings {
    width: u32,
    height: u32,
    title: String,
    fullscreen: bool,
    scale: f64,
}
#[derive(Debug)]
struct Celsius(f64);
#[derive(Debug)]
struct Fahrenheit(f64);
impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}
#[derive(Debug)]
struct Name(String);
impl From<&str> for Name {
    fn from(s: &str) -> Self {
        Name(s.to_uppercase())
    }
}
fn greet(n: impl Into<Name>) -> String {
    let n: Name = n.into();
    format!("hello {}", n.0)
}
fn main() {
    let d = Settings::default();
    println!("{:?}", d);
    let custom = Settings { width: 800, title: "app".to_string(), ..Default::default() };
    println!("{:?}", custom);
    let copy = Settings { fullscreen: true, ..custom.clone() };
    println!("{} {}", copy.fullscreen, copy == custom);
    let f: Fahrenheit = Celsius(100.0).into();
    println!("{:?}", f);
    println!("{:?}", Fahrenheit::from(Celsius(-40.0)));
    println!("{}", greet("bob"));
    let s: String = "text".into();
    let n: i64 = 5i32.into();
    let x = f64::from(3u8);
    println!("{} {} {}", s, n, x);
    let v: Vec<u8> = Default::default();
    let o: Option<u8> = Default::default();
    println!("{:?} {:?} {:?}", v, o, <(i32, bool)>::default());
}
