// Shifts and bit operations of every width, on small and large values, positive and negative:
// what a debug build computes (a shift wraps the bits out of the type; only a shift by the
// type's width or more panics, which the last line does).
fn shl32(a: u32, n: u32) -> u32 {
    a << n
}
fn main() {
    let xs: [i64; 6] = [0, 1, -1, 37, -12345, i64::MAX];
    for x in xs {
        println!("i64 {} << 3 = {}, >> 2 = {}, >> 40 = {}, & 0xff = {}, | 6 = {}, ^ -1 = {}", x, x.wrapping_shl(3), x >> 2, x >> 40, x & 0xff, x | 6, x ^ -1);
    }
    let us: [u64; 4] = [0, 5, 1 << 40, u64::MAX];
    for u in us {
        println!("u64 {} << 20 = {}, >> 33 = {}, & 12 = {}, | 3 = {}, ^ 7 = {}", u, u << 20, u >> 33, u & 12, u | 3, u ^ 7);
    }
    let bs: [u8; 4] = [0, 1, 0x81, 255];
    for b in bs {
        println!("u8 {} << 1 = {}, << 7 = {}, >> 7 = {}, & 0x0f = {}, | 0x10 = {}, ^ 0xff = {}", b, b << 1, b << 7, b >> 7, b & 0x0f, b | 0x10, b ^ 0xff);
    }
    let ss: [i8; 4] = [0, 3, -1, -128];
    for s in ss {
        println!("i8 {} << 1 = {}, << 6 = {}, >> 1 = {}, >> 7 = {}, & 5 = {}, ^ 9 = {}", s, s << 1, s << 6, s >> 1, s >> 7, s & 5, s ^ 9);
    }
    let ws: [u32; 4] = [1, 0x7fff_ffff, 0x8000_0000, u32::MAX];
    for w in ws {
        println!("u32 {} << 1 = {}, << 31 = {}, >> 31 = {}, & 0xffff = {}, | 1 = {}, ^ 0x8000_0000 = {}", w, w << 1, w << 31, w >> 31, w & 0xffff, w | 1, w ^ 0x8000_0000);
    }
    let is: [i32; 4] = [1, -1, i32::MIN, i32::MAX];
    for i in is {
        println!("i32 {} << 1 = {}, << 31 = {}, >> 31 = {}, >> 5 = {}", i, i << 1, i << 31, i >> 31, i >> 5);
    }
    let big: [u128; 3] = [1, 1 << 100, u128::MAX];
    for b in big {
        println!("u128 {} << 27 = {}, >> 64 = {}, & 0xffff = {}", b, b << 27, b >> 64, b & 0xffff);
    }
    let mut n = 0u32;
    for step in 0..40u32 {
        n = n.wrapping_add(shl32(step, step % 32)) ^ (step >> 1);
    }
    println!("{}", n);
    let wide = 33u32;
    println!("{}", shl32(1, wide));
}
