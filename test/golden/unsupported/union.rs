// Unions reinterpret memory; the simulator keeps typed values only.
union Bits {
    i: u32,
    f: f32,
}
fn main() {
    let b = Bits { i: 1 };
    println!("{}", unsafe { b.f });
}
