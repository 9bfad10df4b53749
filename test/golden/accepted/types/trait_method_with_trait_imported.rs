mod tools {
    pub trait Describe {
        fn describe(&self) -> String;
    }

    impl Describe for i32 {
        fn describe(&self) -> String {
            format!("the number {}", self)
        }
    }

    pub mod inner {
        use super::Describe;

        pub fn shown(n: i32) -> String {
            n.describe()
        }
    }
}

mod quiet {
    use crate::tools::Describe as _;

    pub fn shown(n: i32) -> String {
        n.describe()
    }
}

mod everything {
    use crate::tools::*;

    pub fn shown(n: i32) -> String {
        n.describe()
    }
}

fn through_bound<T: tools::Describe>(t: &T) -> String {
    t.describe()
}

fn main() {
    use tools::Describe;
    println!("{}", 4i32.describe());
    println!("{}", tools::inner::shown(5));
    println!("{}", quiet::shown(6));
    println!("{}", everything::shown(7));
    println!("{}", through_bound(&8));
}
