// std::any::type_name spells a program type by its path from the crate: modules, and the
// function whose body declares it; types of one name stay apart.
use std::any::type_name;

mod shapes {
    pub struct Square(pub u32);

    pub mod deep {
        pub enum Kind {
            Round,
        }
    }
}

mod a {
    pub struct Noisy;
}

mod b {
    pub struct Noisy;
}

struct Top;

struct Holder<T>(T);

fn first() -> &'static str {
    struct Local;
    type_name::<Local>()
}

fn second() -> &'static str {
    struct Local(u8);
    type_name::<Local>()
}

fn main() {
    println!("{}", type_name::<shapes::Square>());
    println!("{}", type_name::<shapes::deep::Kind>());
    println!("{}", type_name::<Top>());
    println!("{}", type_name::<Holder<shapes::Square>>());
    println!("{}", type_name::<a::Noisy>());
    println!("{}", type_name::<b::Noisy>());
    println!("{}", type_name::<Holder<b::Noisy>>());
    println!("{} {}", first(), second());
    let _ = (shapes::Square(1).0, shapes::deep::Kind::Round, Holder(1).0, a::Noisy, b::Noisy, Top);
}
