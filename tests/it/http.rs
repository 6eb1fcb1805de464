//! `/healthz` and `/metrics` over a real socket on port 0.

use crate::helpers::{backends, spawn_app};

async fn get(addr: std::net::SocketAddr, path: &str) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut s = tokio::net::TcpStream::connect(addr).await.unwrap();
    s.write_all(
        format!("GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").as_bytes(),
    )
    .await
    .unwrap();
    let mut buf = String::new();
    s.read_to_string(&mut buf).await.unwrap();
    let status = buf
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (status, buf)
}

#[tokio::test]
async fn health_checks_the_database_and_metrics_are_prometheus_text() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.say("/start").await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        let router = loathon::http::router(t.app.clone());
        let server = tokio::spawn(async move { axum::serve(listener, router).await });

        let (status, body) = get(addr, "/healthz").await;
        assert_eq!(status, 200, "{body}");
        assert!(body.contains(&format!("database={}", db.label)), "{body}");

        let (status, body) = get(addr, "/metrics").await;
        assert_eq!(status, 200);
        assert!(
            body.contains("loathon_inbound_updates_total{channel=\"console\"} 1"),
            "{body}"
        );
        assert!(
            body.contains("loathon_outbox_rows{status=\"sent\"} 1"),
            "{body}"
        );

        t.app.db.pool.close().await;
        let (status, _) = get(addr, "/healthz").await;
        assert_eq!(status, 503, "a closed database is reported unhealthy");
        server.abort();
        db.cleanup().await;
    }
}

/// What `deploy/nginx.conf` does with a request path: `Some(true)` when it passes it to the
/// bot, `Some(false)` when it answers itself (404, a redirect). nginx's rule: an exact
/// `location =` first, else the longest prefix.
fn nginx_passes(conf: &str, path: &str) -> Option<bool> {
    let mut exact = None;
    let mut prefix: Option<(usize, bool)> = None;
    let mut lines = conf.lines().map(str::trim);
    while let Some(line) = lines.next() {
        let Some(spec) = line
            .strip_prefix("location ")
            .and_then(|l| l.strip_suffix('{'))
        else {
            continue;
        };
        let body: Vec<&str> = lines.by_ref().take_while(|l| *l != "}").collect();
        let passes = body.iter().any(|l| l.starts_with("proxy_pass "));
        match spec.trim().split_once(' ') {
            Some(("=", p)) if p == path => exact = Some(passes),
            Some(("=", _)) => {}
            _ => {
                let p = spec.trim();
                if path.starts_with(p) && prefix.is_none_or(|(len, _)| p.len() > len) {
                    prefix = Some((p.len(), passes));
                }
            }
        }
    }
    exact.or(prefix.map(|(_, passes)| passes))
}

/// The reverse-proxy snippet in the repository reaches every public path (webhooks, media for
/// Zalo, the web pages, the public page, Open311) and keeps health and metrics private.
#[test]
fn the_nginx_snippet_passes_every_public_path_and_no_other() {
    let conf = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("deploy/nginx.conf"),
    )
    .unwrap();
    for path in [
        "/telegram/webhook",
        loathon::config::ZALO_WEBHOOK_PATH,
        "/media/3f2a.ogg",
        "/web/",
        "/web/hang-doi",
        "/web/bao-cao/DS",
        "/cong-khai/DS",
        "/open311/v2/services.xml",
        "/open311/v2/requests/4827-1935.json",
    ] {
        assert_eq!(nginx_passes(&conf, path), Some(true), "{path} is public");
    }
    for path in ["/healthz", "/metrics", "/", "/web"] {
        assert_eq!(
            nginx_passes(&conf, path),
            Some(false),
            "{path} is not passed"
        );
    }
    assert!(
        conf.contains("proxy_set_header X-Forwarded-For $remote_addr;"),
        "the address rate limits count by is the one nginx saw, not what the client wrote"
    );
}
