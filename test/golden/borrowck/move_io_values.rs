// I/O values own OS resources: `BufRead::lines` takes the reader, a match that binds the error
// moves it out of the Result.
use std::fs::File;
use std::io::{BufRead, BufReader};

fn main() {
    let result = File::open("missing.txt");
    let file = match result {
        Ok(f) => f,
        Err(error) => {
            println!("{}", error);
            return;
        }
    };
    println!("{:?}", result.is_ok());
    let reader = BufReader::new(file);
    let lines: Vec<String> = reader.lines().map(|l| l.unwrap()).collect();
    println!("{} {}", lines.len(), reader.buffer().len());
}
