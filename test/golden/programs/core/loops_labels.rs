// loop/while/for, labelled break and continue, break with a value.
fn main() {
    let mut n = 0;
    let found = loop {
        n += 1;
        if n * n > 50 {
            break n;
        }
    };
    println!("found {}", found);
    let mut count = 0;
    while count < 5 {
        count += 2;
    }
    println!("count {}", count);
    'outer: for i in 0..5 {
        for j in 0..5 {
            if j > i {
                continue 'outer;
            }
            if i + j == 6 {
                println!("break at {} {}", i, j);
                break 'outer;
            }
            print!("{}{} ", i, j);
        }
        println!();
    }
    for i in (0..10).rev().step_by(3) {
        print!("{} ", i);
    }
    println!();
    for c in 'a'..='e' {
        print!("{}", c);
    }
    println!();
    let v = 'search: {
        for x in [3, 8, 12] {
            if x > 5 {
                break 'search x;
            }
        }
        0
    };
    println!("v {}", v);
}
