// Part 18 pitfall: async cleanup in Drop. `drop` is a plain fn: it cannot
// `.await`, so it cannot wait for a goodbye to be sent.
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

struct Connection {
    stream: TcpStream,
}

impl Drop for Connection {
    fn drop(&mut self) {
        self.stream.write_all(b"BYE\r\n").await; // send a goodbye first
    }
}

fn main() {}
