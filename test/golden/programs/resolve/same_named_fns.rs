// Functions of one name in different modules, each call reaching its own.
mod north {
    pub fn describe(n: u32) -> String {
        format!("north {}", helper(n))
    }
    fn helper(n: u32) -> u32 {
        n * 2
    }
    pub mod inner {
        pub fn describe(n: u32) -> String {
            format!("inner {}", super::helper(n) + 1)
        }
    }
}
mod south {
    pub fn describe(n: u32) -> String {
        format!("south {}", helper(n))
    }
    fn helper(n: u32) -> u32 {
        n + 100
    }
}
fn describe(n: u32) -> String {
    format!("root {n}")
}
fn helper(n: u32) -> u32 {
    n
}
fn main() {
    println!("{}", north::describe(3));
    println!("{}", south::describe(3));
    println!("{}", north::inner::describe(3));
    println!("{}", describe(helper(4)));
    use south::describe as southern;
    println!("{}", southern(1));
    let f: fn(u32) -> String = north::describe;
    println!("{}", f(10));
}
