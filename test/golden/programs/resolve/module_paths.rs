// Structs, enums and variants named through their modules.
mod geo {
    #[derive(Debug, Clone, Copy)]
    pub struct Pair(pub u8, pub u8);

    #[derive(Debug)]
    pub struct Spot {
        pub x: i32,
    }

    #[derive(Debug)]
    pub enum Turn {
        Left,
        By(u8),
        To { deg: u16 },
    }

    impl Spot {
        pub fn new(x: i32) -> Spot {
            Spot { x }
        }
    }

    pub mod deep {
        pub fn shifted(s: &super::Spot) -> super::Spot {
            super::Spot { x: s.x + 1 }
        }

        pub fn turn() -> crate::geo::Turn {
            crate::geo::Turn::To { deg: 90 }
        }
    }
}

impl Drop for geo::Spot {
    fn drop(&mut self) {
        println!("drop Spot {}", self.x);
    }
}

impl geo::Pair {
    fn sum(self) -> u16 {
        self.0 as u16 + self.1 as u16
    }
}

fn describe(t: &geo::Turn) -> String {
    match t {
        geo::Turn::Left => String::from("left"),
        geo::Turn::By(n) => format!("by {n}"),
        geo::Turn::To { deg } => format!("to {deg}"),
    }
}

fn main() {
    let p = geo::Pair(1, 2);
    let geo::Pair(a, b) = p;
    println!("{a} {b} sum {}", p.sum());
    let s: geo::Spot = geo::Spot { x: 4 };
    let t = geo::Spot::new(9);
    let moved = geo::deep::shifted(&t);
    let geo::Spot { x } = &s;
    println!("x {x} moved {:?}", moved);
    let turns = vec![geo::Turn::Left, geo::Turn::By(3), geo::deep::turn()];
    for turn in &turns {
        println!("{}", describe(turn));
    }
    let boxed: Box<geo::Spot> = Box::new(crate::geo::Spot { x: 12 });
    println!("boxed {}", boxed.x);
}
