// A `use` inside a block applies to that block only; after it, the outer name is back.
mod english {
    pub fn greet() -> &'static str {
        "hello"
    }
}

mod french {
    pub fn greet() -> &'static str {
        "bonjour"
    }
}

use english::greet;

fn main() {
    println!("{}", greet());
    {
        use french::greet;
        println!("{}", greet());
    }
    println!("{}", greet());
}
