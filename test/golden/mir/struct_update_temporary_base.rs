// A struct literal whose `..base` is not a place: the base is evaluated (after the fields written)
// into a temporary, the fields not written are moved out of it, and what is left of it is dropped
// at the end of the statement.
struct Tag(&'static str);

impl Drop for Tag {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Parts {
    head: Tag,
    body: Tag,
    tail: Tag,
}

#[derive(Clone, Copy, Default)]
struct Point {
    x: i32,
    y: i32,
    z: i32,
}

fn parts(prefix: &'static str) -> Parts {
    println!("make {}", prefix);
    Parts { head: Tag("made head"), body: Tag("made body"), tail: Tag("made tail") }
}

fn tag(name: &'static str) -> Tag {
    println!("tag {}", name);
    Tag(name)
}

fn show(p: Parts) {
    println!("show {} {} {}", p.head.0, p.body.0, p.tail.0);
}

fn origin() -> Point {
    Point { x: 0, y: 0, z: 0 }
}

fn main() {
    // The written field is evaluated before the base; the base's `head` is dropped before the next line.
    let a = Parts { head: tag("new head"), ..parts("a") };
    println!("built {} {} {}", a.head.0, a.body.0, a.tail.0);

    // Two fields written: only the base's `tail` moves; `head` and `body` go at the statement's end,
    // after `show` has dropped its argument.
    show(Parts { body: tag("new body"), head: tag("new head"), ..parts("b") });
    println!("after show");

    // Copy fields from a call and from `Default::default()`.
    let p = Point { y: 5, ..origin() };
    let q = Point { z: 7, ..Default::default() };
    println!("{} {} {} / {} {} {}", p.x, p.y, p.z, q.x, q.y, q.z);

    // Nothing left over: every field written except one, which the base gives.
    let c = Parts { head: tag("h"), body: tag("b"), ..parts("c") };
    println!("built {} {} {}", c.head.0, c.body.0, c.tail.0);
    println!("end of main");
}
