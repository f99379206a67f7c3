//! The book's local server on its own, like the original's `make server`:
//!
//! ```console
//! $ cargo run -p listings --bin server               # http://127.0.0.1:8000
//! $ cargo run -p listings --bin server -- 127.0.0.1:0  # any free port
//! $ curl 'http://127.0.0.1:8000/count?delay=1.5'
//! ```
//!
//! It serves `GET /count?delay=<seconds>` (see `listings::server`) until
//! Ctrl-C. The listings themselves never need it: each starts its own server
//! in-process on a free port.

use std::net::SocketAddr;
use std::process::ExitCode;

#[tokio::main]
async fn main() -> ExitCode {
    let arg = std::env::args().nth(1);
    let addr: SocketAddr = match arg.as_deref().unwrap_or("127.0.0.1:8000").parse() {
        Ok(addr) => addr,
        Err(e) => {
            eprintln!("server: the argument must be an address like 127.0.0.1:8000 ({e})");
            return ExitCode::FAILURE;
        }
    };
    let server = match listings::server::bind(addr).await {
        Ok(server) => server,
        Err(e) => {
            eprintln!("server: cannot listen on {addr}: {e}");
            return ExitCode::FAILURE;
        }
    };
    println!("listening on {}", server.base_url());
    println!("try: curl '{}'   (Ctrl-C stops)", server.count_url(1.0));
    if let Err(e) = tokio::signal::ctrl_c().await {
        eprintln!("server: cannot wait for Ctrl-C: {e}");
        return ExitCode::FAILURE;
    }
    println!("stopped after {} requests", server.count());
    ExitCode::SUCCESS
}
