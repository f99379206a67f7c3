// Part 03 pitfall: `?` in an async block whose error type nothing names.
#[tokio::main]
async fn main() {
    let parsed = async {
        let number: u32 = "7".parse()?;
        Ok(number * 6)
    };
    println!("{:?}", parsed.await);
}
