//! Running one program for a check: never through a shell, no stdin, found
//! on PATH's absolute folders only, in its own process group (a job object
//! on Windows) so that the time limit, Ctrl-C, SIGTERM or SIGHUP kills it
//! with every child it started, and so that nothing it left running
//! outlives it; at most [`MAX_OUTPUT_BYTES`] of its output kept.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Once, mpsc};
use std::thread;
use std::time::{Duration, Instant};

use command_group::CommandGroup;

/// The most output of one program that is kept; the rest is read and dropped.
pub const MAX_OUTPUT_BYTES: usize = 1 << 20;

/// How a program ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    /// It exited: its code, or none when a signal ended it.
    Exited(Option<i32>),
    /// It ran out of time and was killed with its children.
    TimedOut,
    /// The learner pressed Ctrl-C; it was killed with its children.
    Interrupted,
    /// There is no such program on PATH.
    NotFound,
    /// It could not be started (the operating system's words).
    Failed(String),
}

/// A program's end and its output (stdout and stderr, interleaved as read).
#[derive(Debug, Clone)]
pub struct Ran {
    pub ended: Ended,
    pub output: Vec<u8>,
}

static INTERRUPTED: AtomicBool = AtomicBool::new(false);
static HANDLER: Once = Once::new();

/// Ctrl-C, SIGTERM and SIGHUP (ctrlc's `termination` feature) stop the
/// running check (and `--watch`) instead of leaving its children behind;
/// installed once, on the first check.
pub fn catch_interrupt() {
    HANDLER.call_once(|| {
        // Without a handler (another one is set) Ctrl-C ends roadmap as
        // usual; the children then get the signal from the terminal too.
        let _ = ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst));
    });
}

/// Whether the learner pressed Ctrl-C.
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Runs `program` with `args` in `dir`, for at most `limit`.
pub fn run(
    program: &str,
    args: &[String],
    dir: &Path,
    env: &[(&str, &str)],
    limit: Duration,
) -> Ran {
    catch_interrupt();
    // An empty or relative PATH entry would let the project folder (the
    // current directory of the check) supply the program.
    let Some(program) = locate(program, dir) else {
        return Ran {
            ended: Ended::NotFound,
            output: Vec::new(),
        };
    };
    let mut command = Command::new(program);
    command
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, value) in env {
        command.env(key, value);
    }
    let mut child = match command.group_spawn() {
        Ok(child) => child,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
            return Ran {
                ended: Ended::NotFound,
                output: Vec::new(),
            };
        }
        Err(err) => {
            return Ran {
                ended: Ended::Failed(err.to_string()),
                output: Vec::new(),
            };
        }
    };
    let output = Arc::new(Mutex::new(Vec::new()));
    // Readers are not joined: a child that escaped the group could hold a
    // pipe open for ever. Each says when it is done; what they read by
    // then, or shortly after the end, is what counts.
    let (done, finished) = mpsc::channel();
    let mut readers = 0;
    if let Some(out) = child.inner().stdout.take() {
        collect(out, Arc::clone(&output), done.clone());
        readers += 1;
    }
    if let Some(err) = child.inner().stderr.take() {
        collect(err, Arc::clone(&output), done.clone());
        readers += 1;
    }
    let deadline = Instant::now() + limit;
    let ended = loop {
        match child.try_wait() {
            Ok(Some(status)) => {
                // What it left running in its group goes with it.
                let _ = child.kill();
                break Ended::Exited(status.code());
            }
            Ok(None) => {}
            Err(err) => {
                let _ = child.kill();
                break Ended::Failed(err.to_string());
            }
        }
        if interrupted() || Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            break if interrupted() {
                Ended::Interrupted
            } else {
                Ended::TimedOut
            };
        }
        thread::sleep(Duration::from_millis(20));
    };
    let grace = Instant::now() + Duration::from_millis(500);
    for _ in 0..readers {
        let left = grace.saturating_duration_since(Instant::now());
        if finished.recv_timeout(left).is_err() {
            break;
        }
    }
    let output = output.lock().map(|o| o.clone()).unwrap_or_default();
    Ran { ended, output }
}

/// The program's path: as given when it names a path (a roadmap's
/// `./script` is the project's own, on purpose), else the first match in
/// PATH's absolute folders, never in an empty or relative one.
fn locate(program: &str, dir: &Path) -> Option<std::path::PathBuf> {
    if Path::new(program).components().count() > 1 {
        return Some(program.into());
    }
    let path = std::env::var_os("PATH")?;
    let absolute = std::env::split_paths(&path).filter(|folder| folder.is_absolute());
    let path = std::env::join_paths(absolute).ok()?;
    which::which_in(program, Some(path), dir).ok()
}

fn collect(
    mut from: impl Read + Send + 'static,
    into: Arc<Mutex<Vec<u8>>>,
    done: mpsc::Sender<()>,
) {
    thread::spawn(move || {
        let mut buffer = [0u8; 8192];
        loop {
            match from.read(&mut buffer) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let Ok(mut kept) = into.lock() else { break };
                    let room = MAX_OUTPUT_BYTES.saturating_sub(kept.len());
                    kept.extend_from_slice(&buffer[..n.min(room)]);
                }
            }
        }
        let _ = done.send(());
    });
}
