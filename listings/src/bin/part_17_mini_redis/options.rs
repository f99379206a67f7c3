//! The command line: the demo (no arguments), `--help`, or `--serve` and its
//! options.

use std::time::Duration;

pub const USAGE: &str = "\
usage: part_17_mini_redis            a scripted demo against itself
       part_17_mini_redis --serve    serve on 127.0.0.1 until Ctrl-C
       part_17_mini_redis --help     this text

options of --serve:
  --port N              the port (default 1337; 0: any free one)
  --quiet               no log
  --max-connections N   clients served at once (default 10000)
  --grace SECONDS       after Ctrl-C, how long open connections may take to
                        finish before they are cut (default 5; a second
                        Ctrl-C cuts them at once)";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
pub enum Mode {
    Demo,
    Help,
    Serve(Options),
}

/// The options of `--serve`.
#[derive(Debug, PartialEq)]
pub struct Options {
    pub port: u16,
    pub quiet: bool,
    pub max_connections: usize,
    pub grace: Duration,
}

impl Mode {
    pub fn parse(args: &[String]) -> Result<Mode, String> {
        if args.is_empty() {
            return Ok(Mode::Demo);
        }
        if args.iter().any(|arg| arg == "--help" || arg == "-h") {
            return Ok(Mode::Help);
        }
        let mut options = Options {
            port: 1337,
            quiet: false,
            // Redis's default too. Each connection is a file descriptor:
            // `ulimit -n` must allow this many for the limit to matter.
            max_connections: 10_000,
            grace: Duration::from_secs(5),
        };
        let mut args = args.iter();
        let mut serve = false;
        while let Some(arg) = args.next() {
            let mut value = |name: &str| match args.next() {
                Some(value) => Ok(value.clone()),
                None => Err(format!("{name} needs a value")),
            };
            match arg.as_str() {
                "--serve" => serve = true,
                "--quiet" => options.quiet = true,
                "--port" => {
                    let port = value("--port")?;
                    options.port = port
                        .parse()
                        .map_err(|_| format!("--port: '{port}' is not a port number"))?;
                }
                "--max-connections" => {
                    let max = value("--max-connections")?;
                    options.max_connections = match max.parse() {
                        Ok(n) if n > 0 => n,
                        _ => return Err(format!("--max-connections: '{max}' is not a count")),
                    };
                }
                "--grace" => {
                    let seconds = value("--grace")?;
                    options.grace = seconds
                        .parse()
                        .ok()
                        .and_then(|s| Duration::try_from_secs_f64(s).ok())
                        .ok_or(format!("--grace: '{seconds}' is not a number of seconds"))?;
                }
                other => return Err(format!("unknown argument '{other}'")),
            }
        }
        if !serve {
            return Err("options given without --serve".into());
        }
        Ok(Mode::Serve(options))
    }
}
