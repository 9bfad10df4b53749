#[derive(Debug)]
enum ConfigError {
    Missing { key: &'static str },
}

fn get(key: &'static str) -> Result<i32, ConfigError> {
    if key == "depth" {
        Ok(3)
    } else {
        Err(ConfigError::Missing { key })
    }
}

fn main() {
    let d = get("depth").expect("depth is configured");
    println!("depth = {}", d);
    let w = get("width").expect("width is configured");
    println!("width = {}", w);
}
