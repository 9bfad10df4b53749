// Types of one name in different modules (and in two functions' bodies): each use reaches its own.
use std::fmt;

mod a {
    #[derive(Debug)]
    pub struct Noisy(pub u8);

    impl Drop for Noisy {
        fn drop(&mut self) {
            println!("a::Noisy drop {}", self.0);
        }
    }

    impl Noisy {
        pub fn new(n: u8) -> Noisy {
            Noisy(n * 10)
        }
    }

    pub fn make() -> Noisy {
        Noisy(1)
    }

    pub struct Holder {
        pub inner: Noisy,
    }
}

mod b {
    #[derive(Debug)]
    pub struct Noisy {
        pub tag: &'static str,
    }

    impl Drop for Noisy {
        fn drop(&mut self) {
            println!("b::Noisy drop {}", self.tag);
        }
    }

    impl Noisy {
        pub fn new(tag: &'static str) -> Noisy {
            Noisy { tag }
        }
    }

    pub fn make() -> Noisy {
        Noisy { tag: "bee" }
    }

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Shape {
        Dot,
        Line(u8),
    }
}

mod c {
    #[derive(Debug)]
    pub struct Shape {
        pub sides: u8,
    }

    impl super::fmt::Display for Shape {
        fn fmt(&self, f: &mut super::fmt::Formatter) -> super::fmt::Result {
            write!(f, "{} sides", self.sides)
        }
    }
}

impl fmt::Display for b::Shape {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            b::Shape::Dot => write!(f, "dot"),
            b::Shape::Line(n) => write!(f, "line of {n}"),
        }
    }
}

fn first() -> u32 {
    struct Local {
        v: u32,
    }
    let l = Local { v: 3 };
    l.v
}

fn second() -> String {
    struct Local(String);
    let l = Local(String::from("second"));
    l.0
}

fn main() {
    let x = a::make();
    let y = b::make();
    let z = a::Noisy::new(5);
    let w = b::Noisy::new("wasp");
    println!("{:?} {:?} {:?} {:?}", x, y, z, w);
    let held = a::Holder { inner: a::Noisy(7) };
    println!("held {}", held.inner.0);
    let shapes = vec![b::Shape::Line(4), b::Shape::Dot];
    let square = c::Shape { sides: 4 };
    for s in &shapes {
        println!("{s} / {square}");
    }
    println!("{:?} {:?}", shapes[0], square);
    println!("same {}", shapes[1] == b::Shape::Dot);
    println!("{} {}", first(), second());
    let moved: b::Noisy = w;
    drop(x);
    println!("end {}", moved.tag);
}
