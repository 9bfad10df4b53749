// Struct literals whose `..base` is a call: the base's temporary gives the fields not written and
// is gone at the end of the statement, so nothing it borrowed or took stays borrowed or moved.
#[derive(Default)]
struct Config {
    name: String,
    tags: Vec<String>,
    level: u8,
}

struct View<'a> {
    first: &'a str,
    count: usize,
}

fn config_named(name: &str) -> Config {
    Config { name: name.to_string(), tags: vec!["base".to_string()], level: 1 }
}

fn view_of(items: &Vec<String>) -> View<'_> {
    View { first: items.first().map(|s| s.as_str()).unwrap_or(""), count: items.len() }
}

fn wrap(name: String) -> Config {
    Config { name, tags: Vec::new(), level: 0 }
}

fn main() {
    let a = Config { level: 3, ..config_named("a") };
    let b = Config { name: "b".to_string(), ..Default::default() };
    let owned = String::from("moved in");
    let c = Config { level: 9, tags: a.tags.clone(), ..wrap(owned) };
    println!("{} {:?} {} / {} {:?} {} / {} {}", a.name, a.tags, a.level, b.name, b.tags, b.level, c.name, c.level);

    let mut items = vec!["x".to_string(), "y".to_string()];
    // Only `count` (a copy) is taken from the base: the borrow of `items` ends with the statement.
    let v = View { first: "fixed", ..view_of(&items) };
    items.push("z".to_string());
    println!("{} {} {}", v.first, v.count, items.len());

    let mut total = 0;
    for i in 0..3 {
        let n = Config { level: i, ..Config::default() };
        total += n.level as u32 + n.tags.len() as u32;
    }
    println!("{}", total);
}
