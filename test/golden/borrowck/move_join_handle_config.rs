// `JoinHandle::join` takes the handle; `unwrap_or_else` on an owned Result gives the value.
use std::thread;

struct Config {
    query: String,
}

impl Config {
    fn build(args: &[String]) -> Result<Config, &'static str> {
        if args.len() > 5 {
            return Err("too many");
        }
        Ok(Config { query: String::from("q") })
    }
}

fn run(config: Config) {
    println!("{}", config.query);
}

fn main() {
    let handle = thread::spawn(|| 5);
    let n = handle.join().unwrap();
    println!("{} {:?}", n, handle.thread().id());
    let args: Vec<String> = std::env::args().collect();
    let config = Config::build(&args).unwrap_or_else(|_| Config { query: String::new() });
    run(config);
    println!("{}", config.query);
}
