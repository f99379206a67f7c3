//! The book's local HTTP server: the counterpart of the original's `make server`.
//!
//! One route, `GET /count?delay=<seconds>`: the server waits `delay` seconds
//! (a decimal number, default 0, at most [`MAX_DELAY_SECS`]), adds one to a
//! counter that belongs to this server, and answers with the new value as a
//! JSON integer (`1`, `2`, ...). The parts that make many requests at once
//! (12, 13, 14) call it with different delays to see who waits for whom.
//!
//! Bad input is answered, never crashed on: a delay that is not a number, is
//! negative, not finite or too long gets `400 Bad Request` with a message that
//! says what was wrong; another path gets `404`, another method `405`.
//!
//! Two ways to run it:
//!
//! - [`start`] (async): binds `127.0.0.1:0` (a free port the OS picks) and
//!   serves from a task of the *current* runtime. Tests and listings use this:
//!   every run gets a fresh server and counter, and no fixed port can clash.
//!   Because the server's sleeps are tokio sleeps of the caller's runtime, a
//!   listing on tokio's paused clock sees exact delays.
//! - [`spawn`] (sync): the same server on a thread of its own, with its own
//!   runtime, for callers that are not async (the blocking client contrast).
//!
//! And standalone, like the original: `cargo run -p listings --bin server`
//! serves on `127.0.0.1:8000` until Ctrl-C.
//!
//! `start().await?` gives a running server; its `count_url(0.1)` is
//! `http://127.0.0.1:PORT/count?delay=0.1`. The tests at the end of this file
//! use both.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::header::{HeaderValue, ALLOW, CONTENT_TYPE};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;
use tokio::task::{JoinHandle, JoinSet};

/// The longest delay the server accepts, in seconds. Longer ones are surely
/// typos (a delay in milliseconds?) and would tie up a connection for nothing.
pub const MAX_DELAY_SECS: f64 = 60.0;

/// A server running as a task of the runtime that called [`start`] or [`bind`].
///
/// Dropping it stops the server: the accept loop and every open connection
/// are aborted.
///
/// Its address and counter are those of its [`Endpoint`], reached through
/// `Deref`: `server.count_url(0.1)`, `server.count()`.
#[derive(Debug)]
pub struct Server {
    endpoint: Endpoint,
    task: JoinHandle<()>,
}

/// Where a running server listens, and its counter: what [`Server`] and
/// [`ServerThread`] both offer.
#[derive(Debug, Clone)]
pub struct Endpoint {
    addr: SocketAddr,
    counter: Arc<AtomicU64>,
}

/// Starts a server on `127.0.0.1:0` in the current runtime and returns once it
/// is listening, so requests can be sent at once.
///
/// # Panics
///
/// Outside a tokio runtime (it spawns a task).
pub async fn start() -> std::io::Result<Server> {
    bind(SocketAddr::from(([127, 0, 0, 1], 0))).await
}

/// Like [`start`], on the address given (the standalone binary uses
/// `127.0.0.1:8000`).
pub async fn bind(addr: SocketAddr) -> std::io::Result<Server> {
    let listener = TcpListener::bind(addr).await?;
    let addr = listener.local_addr()?;
    let counter = Arc::new(AtomicU64::new(0));
    let task = tokio::spawn(accept_loop(listener, Arc::clone(&counter)));
    Ok(Server {
        endpoint: Endpoint { addr, counter },
        task,
    })
}

impl std::ops::Deref for Server {
    type Target = Endpoint;

    fn deref(&self) -> &Endpoint {
        &self.endpoint
    }
}

impl Endpoint {
    /// The address it listens on, with the port the OS picked.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`, without a trailing slash.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The URL of `/count` with the given delay in seconds.
    pub fn count_url(&self, delay_secs: f64) -> String {
        format!("{}/count?delay={delay_secs}", self.base_url())
    }

    /// How many `/count` requests it has answered so far.
    pub fn count(&self) -> u64 {
        self.counter.load(Ordering::SeqCst)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Aborting the accept loop drops its JoinSet, which aborts the
        // connections: nothing keeps running for a server nobody holds.
        self.task.abort();
    }
}

/// A server running on a thread of its own, with its own runtime.
///
/// Dropping it stops the server and joins the thread. Like [`Server`], it
/// derefs to its [`Endpoint`].
#[derive(Debug)]
pub struct ServerThread {
    endpoint: Endpoint,
    runtime: tokio::runtime::Handle,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// Starts a server on `127.0.0.1:0` on a new thread, with a current-thread
/// runtime on the real clock, for code that is not async.
pub fn spawn() -> std::io::Result<ServerThread> {
    spawn_with(tokio::runtime::Builder::new_current_thread())
}

/// Like [`spawn`], but the server's runtime runs on tokio's paused clock: its
/// sleeps end as soon as it has nothing else to do, and its clock then reads
/// exactly the delays it has served. A sync caller that enters
/// [`ServerThread::runtime`] reads that clock with `tokio::time::Instant`,
/// which is how the blocking listing of part 12 prints exact times.
pub fn spawn_paused() -> std::io::Result<ServerThread> {
    let mut builder = tokio::runtime::Builder::new_current_thread();
    builder.start_paused(true);
    spawn_with(builder)
}

fn spawn_with(mut builder: tokio::runtime::Builder) -> std::io::Result<ServerThread> {
    let runtime = builder.enable_all().build()?;
    let server = runtime.block_on(start())?;
    let endpoint = server.endpoint.clone();
    let handle = runtime.handle().clone();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::Builder::new()
        .name("local-server".into())
        .spawn(move || {
            // The server task runs while this thread drives the runtime; when
            // `stop` is sent or dropped, the runtime (and the server) go away.
            let _ = runtime.block_on(stopped);
            drop(server);
        })?;
    Ok(ServerThread {
        endpoint,
        runtime: handle,
        stop: Some(stop),
        thread: Some(thread),
    })
}

impl std::ops::Deref for ServerThread {
    type Target = Endpoint;

    fn deref(&self) -> &Endpoint {
        &self.endpoint
    }
}

impl ServerThread {
    /// The server's runtime (for its clock; see [`spawn_paused`]).
    pub fn runtime(&self) -> &tokio::runtime::Handle {
        &self.runtime
    }
}

impl Drop for ServerThread {
    fn drop(&mut self) {
        drop(self.stop.take());
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Accepts connections until aborted; each one is served by its own task.
async fn accept_loop(listener: TcpListener, counter: Arc<AtomicU64>) {
    // The connections live in a JoinSet owned by this task, so aborting this
    // task aborts them too (tokio::spawn would let them outlive the server).
    let mut connections = JoinSet::new();
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _peer)) => stream,
            // Accept errors (too many open files, a connection reset before
            // we took it) concern one connection, not the server: go on.
            Err(_) => continue,
        };
        let counter = Arc::clone(&counter);
        connections.spawn(async move {
            let service = service_fn(move |request| respond(request, Arc::clone(&counter)));
            // A client that hangs up mid-request is not our problem to report.
            let _ = http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
        // Forget connections that have finished, so the set does not grow.
        while connections.try_join_next().is_some() {}
    }
}

/// Answers one request.
async fn respond(
    request: Request<Incoming>,
    counter: Arc<AtomicU64>,
) -> Result<Response<Full<Bytes>>, Infallible> {
    if request.uri().path() != "/count" {
        let message = format!(
            "no route {}: the only one is GET /count?delay=<seconds>",
            request.uri().path()
        );
        return Ok(text(StatusCode::NOT_FOUND, message));
    }
    if request.method() != Method::GET {
        let message = format!("/count answers GET only, not {}", request.method());
        let mut response = text(StatusCode::METHOD_NOT_ALLOWED, message);
        response
            .headers_mut()
            .insert(ALLOW, HeaderValue::from_static("GET"));
        return Ok(response);
    }
    let delay = match parse_delay(request.uri().query()) {
        Ok(delay) => delay,
        Err(message) => return Ok(text(StatusCode::BAD_REQUEST, message)),
    };
    tokio::time::sleep(delay).await;
    let count = counter.fetch_add(1, Ordering::SeqCst) + 1;
    let mut response = Response::new(Full::new(Bytes::from(count.to_string())));
    response
        .headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    Ok(response)
}

/// The `delay` of a query string (`delay=0.5&x=y`), or why it is not valid.
pub fn parse_delay(query: Option<&str>) -> Result<Duration, String> {
    let Some(raw) = query
        .unwrap_or("")
        .split('&')
        .find_map(|pair| pair.strip_prefix("delay="))
    else {
        return Ok(Duration::ZERO); // no delay asked for
    };
    let seconds: f64 = raw
        .parse()
        .map_err(|_| format!("delay must be a number of seconds, like 0.5; got {raw:?}"))?;
    if !seconds.is_finite() {
        return Err(format!(
            "delay must be a finite number of seconds; got {raw:?}"
        ));
    }
    if seconds < 0.0 {
        return Err(format!("delay cannot be negative; got {raw:?}"));
    }
    if seconds > MAX_DELAY_SECS {
        return Err(format!(
            "delay must be at most {MAX_DELAY_SECS} seconds; got {raw:?}"
        ));
    }
    Ok(Duration::from_secs_f64(seconds))
}

fn text(status: StatusCode, message: String) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(message + "\n")));
    *response.status_mut() = status;
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::time::Instant;

    #[test]
    fn delays_are_parsed_or_refused_with_a_reason() {
        assert_eq!(parse_delay(None), Ok(Duration::ZERO));
        assert_eq!(parse_delay(Some("other=1")), Ok(Duration::ZERO));
        assert_eq!(
            parse_delay(Some("delay=0.25")),
            Ok(Duration::from_millis(250))
        );
        assert_eq!(parse_delay(Some("x=1&delay=2")), Ok(Duration::from_secs(2)));
        assert_eq!(parse_delay(Some("delay=60")), Ok(Duration::from_secs(60)));
        for (raw, reason) in [
            ("abc", "must be a number"),
            ("", "must be a number"),
            ("1s", "must be a number"),
            ("inf", "finite"),
            ("NaN", "finite"),
            ("-1", "cannot be negative"),
            ("60.5", "at most 60"),
            ("1e9", "at most 60"),
        ] {
            let error = parse_delay(Some(&format!("delay={raw}"))).unwrap_err();
            assert!(error.contains(reason), "{raw:?}: {error}");
            assert!(
                error.contains(&format!("{raw:?}")),
                "names the input: {error}"
            );
        }
    }

    async fn get(url: &str) -> (StatusCode, String) {
        let response = reqwest::get(url).await.expect("the server answers");
        let status = response.status();
        (status, response.text().await.unwrap())
    }

    #[tokio::test]
    async fn counts_requests_as_json_integers() {
        let server = start().await.unwrap();
        let response = reqwest::get(server.count_url(0.0)).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()[CONTENT_TYPE], "application/json");
        assert_eq!(response.json::<u64>().await.unwrap(), 1);
        // No delay parameter means no delay; the counter is per server.
        assert_eq!(get(&format!("{}/count", server.base_url())).await.1, "2");
        assert_eq!(server.count(), 2);
        let other = start().await.unwrap();
        assert_eq!(get(&other.count_url(0.0)).await.1, "1");
    }

    #[tokio::test]
    async fn refuses_bad_input_with_4xx_and_a_reason() {
        let server = start().await.unwrap();
        for (delay, reason) in [
            ("soon", "must be a number"),
            ("-1", "cannot be negative"),
            ("1000", "at most 60"),
            ("inf", "finite"),
        ] {
            let url = format!("{}/count?delay={delay}", server.base_url());
            let (status, body) = get(&url).await;
            assert_eq!(status, StatusCode::BAD_REQUEST, "{url}");
            assert!(body.contains(reason), "{url}: {body}");
        }
        let (status, body) = get(&format!("{}/counter", server.base_url())).await;
        assert_eq!(status, StatusCode::NOT_FOUND);
        assert!(body.contains("/counter"), "{body}");
        let post = reqwest::Client::new()
            .post(server.count_url(0.0))
            .send()
            .await
            .unwrap();
        assert_eq!(post.status(), StatusCode::METHOD_NOT_ALLOWED);
        assert_eq!(post.headers()[ALLOW], "GET");
        assert_eq!(server.count(), 0, "refused requests are not counted");
    }

    // The server sleeps on the caller's runtime, so under the paused clock a
    // delay takes exactly its time, and two overlap.
    #[tokio::test(start_paused = true)]
    async fn waits_the_delay_before_answering() {
        let server = start().await.unwrap();
        let started = Instant::now();
        let (two, three) = (server.count_url(2.0), server.count_url(3.0));
        let (a, b) = tokio::join!(get(&two), get(&three));
        assert_eq!(started.elapsed(), Duration::from_secs(3));
        assert_eq!((a.1.as_str(), b.1.as_str()), ("1", "2"));
    }

    #[test]
    fn a_server_on_its_own_thread_serves_blocking_clients() {
        let server = spawn().unwrap();
        let body = reqwest::blocking::get(server.count_url(0.0))
            .unwrap()
            .text()
            .unwrap();
        assert_eq!(body, "1");
        assert_eq!(server.count(), 1);
    }

    #[test]
    fn a_paused_server_clock_reads_the_delays_it_served() {
        let server = spawn_paused().unwrap();
        let _clock = server.runtime().enter();
        let started = Instant::now();
        for delay in [1.0, 2.0] {
            reqwest::blocking::get(server.count_url(delay)).unwrap();
        }
        assert_eq!(started.elapsed(), Duration::from_secs(3));
    }

    #[tokio::test]
    async fn dropping_the_server_closes_its_port() {
        let server = start().await.unwrap();
        let url = server.count_url(0.0);
        drop(server);
        tokio::task::yield_now().await; // let the aborted task go
        assert!(reqwest::get(&url).await.is_err());
    }
}
