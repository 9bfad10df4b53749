struct Frame(&'static str);

impl Drop for Frame {
    fn drop(&mut self) {
        println!("unwinding through {}", self.0);
    }
}

fn pick(v: &Vec<u32>, i: usize) -> u32 {
    let _f = Frame("pick");
    v[i]
}

fn sum_picks(v: &Vec<u32>, idx: &[usize]) -> u32 {
    let _f = Frame("sum_picks");
    let mut s = 0;
    for &i in idx {
        s += pick(v, i);
        println!("picked index {}", i);
    }
    s
}

fn main() {
    let _f = Frame("main");
    let v = vec![10, 20, 30];
    println!("sum = {}", sum_picks(&v, &[0, 2]));
    println!("sum = {}", sum_picks(&v, &[1, 5]));
}
