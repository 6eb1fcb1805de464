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
