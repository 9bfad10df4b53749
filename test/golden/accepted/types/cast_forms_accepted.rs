#[derive(Clone, Copy)]
enum Level {
    Low = 1,
    High = 10,
}

fn main() {
    let letter = 97 as char;
    let byte = b'z' as char;
    let level = Level::High as i32 + Level::Low as i32;
    let n = 7;
    let r = &n;
    let wide = *r as i64;
    let flag = true as u8;
    let code = 'x' as u32;
    let ptr = &n as *const i32;
    let small = 300.7_f64 as u8;
    let from_float = 65.0 as u8 as char;
    let unit = ();
    let same = unit as ();
    println!("{letter} {byte} {level} {wide} {flag} {code} {} {small} {from_float} {:?}", ptr.is_null(), same);
}
