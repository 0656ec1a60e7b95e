//! A GET to this machine and nothing else: the host is checked again here,
//! whatever validation said, and only loopback addresses are connected
//! to. Redirects are not followed; at most [`MAX_OUTPUT_BYTES`] is read.

use std::io::{Read, Write};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use super::process::{MAX_OUTPUT_BYTES, interrupted};
use crate::roadmap::check::is_loopback_host;

/// What a GET got.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The status and the body (chunked bodies joined).
    Got {
        status: u16,
        body: Vec<u8>,
    },
    /// The host is not this machine: nothing was sent.
    Refused,
    /// Nothing answered, or not in HTTP (the system's words).
    Silent(String),
    TimedOut,
    Interrupted,
}

/// GET `path` from `host`:`port`, within `limit`.
pub fn get(host: &str, port: u16, path: &str, limit: Duration) -> Answer {
    if !is_loopback_host(host) {
        return Answer::Refused;
    }
    let addresses: Vec<IpAddr> = match host {
        "127.0.0.1" => vec![IpAddr::V4(Ipv4Addr::LOCALHOST)],
        "::1" | "[::1]" => vec![IpAddr::V6(Ipv6Addr::LOCALHOST)],
        // Never asks a resolver: localhost is both loopback addresses.
        _ => vec![
            IpAddr::V4(Ipv4Addr::LOCALHOST),
            IpAddr::V6(Ipv6Addr::LOCALHOST),
        ],
    };
    let deadline = Instant::now() + limit;
    let mut last = String::new();
    for ip in addresses {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Answer::TimedOut;
        }
        match TcpStream::connect_timeout(&SocketAddr::new(ip, port), left) {
            Ok(stream) => return exchange(stream, host, port, path, deadline),
            Err(err) => last = plain(&err),
        }
    }
    Answer::Silent(last)
}

fn exchange(mut stream: TcpStream, host: &str, port: u16, path: &str, deadline: Instant) -> Answer {
    let host = if host.contains(':') && !host.starts_with('[') {
        format!("[{host}]")
    } else {
        host.to_string()
    };
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUser-Agent: roadmap-check\r\nAccept: */*\r\nConnection: close\r\n\r\n"
    );
    // Short socket timeouts, so the deadline and Ctrl-C are noticed.
    let tick = Some(Duration::from_millis(200));
    if stream.set_read_timeout(tick).is_err() || stream.set_write_timeout(tick).is_err() {
        return Answer::Silent(String::new());
    }
    if let Err(err) = stream.write_all(request.as_bytes()) {
        return Answer::Silent(plain(&err));
    }
    let mut received = Vec::new();
    let mut buffer = [0u8; 8192];
    loop {
        if interrupted() {
            return Answer::Interrupted;
        }
        if Instant::now() >= deadline {
            return Answer::TimedOut;
        }
        match stream.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => {
                received.extend_from_slice(&buffer[..n]);
                if received.len() > MAX_OUTPUT_BYTES {
                    received.truncate(MAX_OUTPUT_BYTES);
                    break;
                }
                if complete(&received) {
                    break;
                }
            }
            Err(err)
                if matches!(
                    err.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) => {}
            Err(err) => return Answer::Silent(plain(&err)),
        }
    }
    parse(&received)
}

/// The system's words for an error, without Rust's `(os error 111)`.
fn plain(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.find(" (os error") {
        Some(end) => text[..end].to_string(),
        None => text,
    }
}

/// Whether a response with a `Content-Length` has all its body (a server
/// may keep the connection open despite `Connection: close`).
fn complete(received: &[u8]) -> bool {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut response = httparse::Response::new(&mut headers);
    let Ok(httparse::Status::Complete(start)) = response.parse(received) else {
        return false;
    };
    content_length(response.headers).is_some_and(|length| received.len() - start >= length)
}

fn content_length(headers: &[httparse::Header<'_>]) -> Option<usize> {
    headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case("content-length"))
        .and_then(|h| std::str::from_utf8(h.value).ok())
        .and_then(|v| v.trim().parse().ok())
}

/// The status and body of a response.
pub fn parse(received: &[u8]) -> Answer {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut response = httparse::Response::new(&mut headers);
    let start = match response.parse(received) {
        Ok(httparse::Status::Complete(start)) => start,
        _ => return Answer::Silent("not an HTTP answer".into()),
    };
    let status = response.code.unwrap_or(0);
    let chunked = response.headers.iter().any(|h| {
        h.name.eq_ignore_ascii_case("transfer-encoding")
            && String::from_utf8_lossy(h.value)
                .to_ascii_lowercase()
                .contains("chunked")
    });
    let mut body = received[start..].to_vec();
    if let Some(length) = content_length(response.headers) {
        body.truncate(length);
    } else if chunked {
        body = unchunk(&body);
    }
    Answer::Got { status, body }
}

/// Joins the chunks of a chunked body (as much as arrived).
fn unchunk(mut rest: &[u8]) -> Vec<u8> {
    let mut body = Vec::new();
    while let Ok(httparse::Status::Complete((used, size))) = httparse::parse_chunk_size(rest) {
        let size = usize::try_from(size).unwrap_or(usize::MAX);
        if size == 0 {
            break;
        }
        rest = &rest[used..];
        let take = size.min(rest.len());
        body.extend_from_slice(&rest[..take]);
        rest = rest.get(take + 2..).unwrap_or(&[]);
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_hosts_are_refused_before_any_connection() {
        for host in [
            "example.com",
            "10.0.0.1",
            "127.0.0.2",
            "localhost.example.com",
        ] {
            assert_eq!(get(host, 80, "/", Duration::from_secs(1)), Answer::Refused);
        }
    }

    #[test]
    fn a_chunked_body_is_joined() {
        let raw = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"a\"\r\n3\r\n:1}\r\n0\r\n\r\n";
        assert_eq!(
            parse(raw),
            Answer::Got {
                status: 200,
                body: b"{\"a\":1}".to_vec()
            }
        );
    }
}
