// Hand-written Debug impls with the Formatter's builders, compact and pretty.
use std::fmt;
struct Account {
    id: u32,
    owner: String,
    tags: Vec<&'static str>,
}
impl fmt::Debug for Account {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_struct("Account").field("id", &self.id).field("owner", &self.owner).finish()
    }
}
struct Pair(i32, i32);
impl fmt::Debug for Pair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Pair").field(&self.0).field(&self.1).finish()
    }
}
struct Tags<'a>(&'a [&'static str]);
impl fmt::Debug for Tags<'_> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.debug_list().entries(self.0.iter()).finish()
    }
}
fn main() {
    let a = Account { id: 7, owner: "ann".to_string(), tags: vec!["x", "y"] };
    println!("{:?}", a);
    println!("{:#?}", a);
    println!("{:?} {:#?}", Pair(1, -2), Pair(3, 4));
    println!("{:?}", Tags(&a.tags));
    println!("{:#?}", Tags(&a.tags));
    println!("{:?}", vec![Pair(0, 0)]);
}
