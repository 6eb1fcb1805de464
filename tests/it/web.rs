//! The web pages over a real socket on port 0: signing in with a `/web` link (once, within its
//! minutes), sessions (expiry, signing out, roles taken back), the officer's queue and a
//! petition's page, every action with its form token and its trail, and the rights (another
//! unit's officer gets 404; an anonymous author is never shown). Then one story in a real
//! headless Chromium.

use chrono::Duration;
use loathon::message::Event;
use reqwest::StatusCode;
use reqwest::header::{CACHE_CONTROL, COOKIE, LOCATION, SET_COOKIE};

use crate::helpers::{TestApp, assert_has, assert_lacks, backends, find_after, spawn_app};
use crate::petitions::{make_officer, petition_id, submit_security};

/// The web pages of `t`'s application, served on a port of their own.
struct Web {
    base: String,
    client: reqwest::Client,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for Web {
    fn drop(&mut self) {
        self.server.abort();
    }
}

async fn serve(t: &TestApp) -> Web {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let routes = loathon::http::router(t.app.clone())
        .into_make_service_with_connect_info::<std::net::SocketAddr>();
    let server = tokio::spawn(async move {
        let _ = axum::serve(listener, routes).await;
    });
    Web {
        base: format!("http://{addr}"),
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
        server,
    }
}

/// A page as the browser gets it.
struct Page {
    status: StatusCode,
    body: String,
    location: Option<String>,
    set_cookie: Option<String>,
    cache_control: Option<String>,
}

impl Web {
    async fn get(&self, path: &str, cookie: Option<&str>) -> Page {
        let mut req = self.client.get(format!("{}{path}", self.base));
        if let Some(c) = cookie {
            req = req.header(COOKIE, c);
        }
        page(req.send().await.unwrap()).await
    }

    async fn post(&self, path: &str, cookie: Option<&str>, form: &[(&str, &str)]) -> Page {
        let mut req = self.client.post(format!("{}{path}", self.base)).form(form);
        if let Some(c) = cookie {
            req = req.header(COOKIE, c);
        }
        page(req.send().await.unwrap()).await
    }

    /// Signs in with the token of a `/web` link; returns the cookie to send.
    async fn sign_in(&self, token: &str) -> String {
        let shown = self.get(&format!("/web/login/{token}"), None).await;
        assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
        assert_has(&shown.body, &["Đăng nhập", "lang=\"vi\""]);
        // As a browser sends the form: from this very site.
        let host = self.base.trim_start_matches("http://");
        let done = page(
            self.client
                .post(format!("{}/web/login/{token}", self.base))
                .header("origin", format!("http://{host}"))
                .header("sec-fetch-site", "same-origin")
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
        assert_eq!(done.location.as_deref(), Some("/web/queue"));
        let set = done.set_cookie.expect("a session cookie");
        assert_has(&set, &["HttpOnly", "SameSite=Strict", "Path=/web"]);
        set.split(';').next().unwrap().to_string()
    }
}

async fn page(r: reqwest::Response) -> Page {
    let status = r.status();
    let location = r
        .headers()
        .get(LOCATION)
        .map(|v| v.to_str().unwrap().to_string());
    let set_cookie = r
        .headers()
        .get(SET_COOKIE)
        .map(|v| v.to_str().unwrap().to_string());
    let cache_control = r
        .headers()
        .get(CACHE_CONTROL)
        .map(|v| v.to_str().unwrap().to_string());
    Page {
        status,
        body: r.text().await.unwrap_or_default(),
        location,
        set_cookie,
        cache_control,
    }
}

/// `/web` in `handle`'s chat; the link's token.
async fn link_for(t: &mut TestApp, handle: &str) -> String {
    let out = t.say(&format!("@{handle}: /web")).await;
    assert_has(&out, &["Đường dẫn đăng nhập", "một lần, trong 10 phút"]);
    find_after(&out, "/web/login/", 64)
}

/// The form token in a page.
fn csrf_of(body: &str) -> String {
    find_after(body, "name=\"csrf\" value=\"", 64)
}

/// lan (admin), canbo (Công an xã Dào San), khac (Công an xã Sì Lở Lầu), dan (villager).
async fn cast(t: &mut TestApp) {
    t.onboard_vi().await;
    make_officer(t, "canbo", "DS-CA", "dao san").await;
    make_officer(t, "ubnd", "DS-UBND", "dao san").await;
    make_officer(t, "khac", "SLL-CA", "gia khau").await;
    t.onboard_as("dan", "ta phin").await;
}

async fn audit_count(t: &TestApp, action: &str) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = $1")
        .bind(action)
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap()
}

#[tokio::test]
async fn a_sign_in_link_works_once_within_its_minutes_and_only_for_staff() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let web = serve(&t).await;

        // A villager is refused in the chat, in Vietnamese.
        let out = t.say("@dan: /web").await;
        assert_has(&out, &["chỉ dành cho cán bộ các đơn vị và quản trị viên"]);
        assert_lacks(&out, &["/web/login/"]);

        // Only the hash is stored.
        let token = link_for(&mut t, "canbo").await;
        let stored: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM web_links WHERE token_hash = $1")
                .bind(&token)
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(stored, 0, "the token itself is never stored");

        // Another site's form cannot sign a visitor in (nor spend the link).
        for (name, value) in [
            ("origin", "https://evil.example"),
            ("sec-fetch-site", "cross-site"),
        ] {
            let forged = web
                .client
                .post(format!("{}/web/login/{token}", web.base))
                .header(name, value)
                .send()
                .await
                .unwrap();
            let forged = page(forged).await;
            assert_eq!(forged.status, StatusCode::FORBIDDEN, "{name}");
            assert!(forged.set_cookie.is_none());
            assert_has(&forged.body, &["Biểu mẫu không hợp lệ"]);
        }
        // The same site's own form (Origin of this host) signs in.
        let cookie = web.sign_in(&token).await;
        let queue = web.get("/web/queue", Some(&cookie)).await;
        assert_eq!(queue.status, StatusCode::OK, "{}", queue.body);
        assert_has(&queue.body, &["Kiến nghị cần xử lý", "Công an xã Dào San"]);
        assert_eq!(audit_count(&t, "web.sign_in").await, 1);

        // Used once: the page says so, and posting again opens nothing.
        let again = web.get(&format!("/web/login/{token}"), None).await;
        assert_eq!(again.status, StatusCode::GONE);
        assert_has(&again.body, &["Đường dẫn đã được dùng", "/web"]);
        let again = web.post(&format!("/web/login/{token}"), None, &[]).await;
        assert_eq!(again.status, StatusCode::GONE);
        assert!(again.set_cookie.is_none());

        // Expired after 10 minutes.
        let token = link_for(&mut t, "canbo").await;
        t.clock.advance(Duration::minutes(11));
        let late = web.post(&format!("/web/login/{token}"), None, &[]).await;
        assert_eq!(late.status, StatusCode::GONE);
        assert_has(&late.body, &["Đường dẫn đã hết hạn"]);
        let late = web.get(&format!("/web/login/{token}"), None).await;
        assert_has(&late.body, &["Đường dẫn đã hết hạn"]);

        // A made-up link.
        let unknown = web
            .get(&format!("/web/login/{}", "0".repeat(64)), None)
            .await;
        assert_eq!(unknown.status, StatusCode::NOT_FOUND);
        assert_has(&unknown.body, &["Đường dẫn không đúng"]);

        // No cookie, no page.
        let none = web.get("/web/queue", None).await;
        assert_eq!(none.status, StatusCode::UNAUTHORIZED);
        assert_has(&none.body, &["Chưa đăng nhập"]);
        drop(web);
        db.cleanup().await;
    }
}

/// The menu: an admin is shown their area's report page and can open it; an officer who is no
/// admin sees the queue and no report; an admin who is no officer has no queue in the menu.
#[tokio::test]
async fn the_menu_links_an_admin_to_their_areas_report_and_an_officer_only_to_the_queue() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        t.app
            .grant("console:ubnd", loathon::domain::Role::Admin, Some("DS"))
            .await
            .unwrap();
        let web = serve(&t).await;

        // An officer: the queue, no report.
        let token = link_for(&mut t, "canbo").await;
        let officer = web.sign_in(&token).await;
        let queue = web.get("/web/queue", Some(&officer)).await;
        assert_eq!(queue.status, StatusCode::OK, "{}", queue.body);
        assert_has(
            &queue.body,
            &["href=\"/web/queue\">Kiến nghị cần xử lý</a>"],
        );
        assert_lacks(&queue.body, &["/web/bao-cao/", "Báo cáo"]);

        // An officer who is also the commune's admin: both, and the report opens.
        let token = link_for(&mut t, "ubnd").await;
        let admin = web.sign_in(&token).await;
        let queue = web.get("/web/queue", Some(&admin)).await;
        assert_eq!(queue.status, StatusCode::OK, "{}", queue.body);
        assert_has(
            &queue.body,
            &[
                "href=\"/web/queue\">Kiến nghị cần xử lý</a>",
                "<a href=\"/web/bao-cao/DS\">Báo cáo Xã Dào San</a>",
            ],
        );
        assert_lacks(&queue.body, &["/web/bao-cao/LCU", "/web/bao-cao/SLL"]);
        let report = web.get("/web/bao-cao/DS", Some(&admin)).await;
        assert_eq!(report.status, StatusCode::OK, "{}", report.body);
        // Nothing of it stays in a shared office computer's cache, the CSV neither.
        assert_eq!(report.cache_control.as_deref(), Some("no-store"));
        let csv = web.get("/web/bao-cao/DS/bao-cao.csv", Some(&admin)).await;
        assert_eq!(csv.status, StatusCode::OK);
        assert_eq!(csv.cache_control.as_deref(), Some("no-store"));
        // Its header leads back: home, and the queue for an officer.
        assert_has(
            &report.body,
            &[
                "Báo cáo kiến nghị — Xã Dào San",
                "<svg",
                "<a href=\"/web\">Loa Thôn</a>",
                "<a href=\"/web/queue\">Kiến nghị cần xử lý</a>",
            ],
        );

        // The admin of everywhere (lan, no unit): every province's report, no queue link.
        let token = link_for(&mut t, "lan").await;
        let lan = web.sign_in(&token).await;
        let shown = web.get("/web/queue", Some(&lan)).await;
        assert_has(
            &shown.body,
            &["<a href=\"/web/bao-cao/LCU\">Báo cáo Tỉnh Lai Châu</a>"],
        );
        assert_lacks(
            &shown.body,
            &["href=\"/web/queue\">Kiến nghị cần xử lý</a>"],
        );
        let report = web.get("/web/bao-cao/LCU", Some(&lan)).await;
        assert_has(&report.body, &["<a href=\"/web\">Loa Thôn</a>"]);
        assert_lacks(&report.body, &["href=\"/web/queue\""]);
        drop(web);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn sign_in_attempts_are_limited_per_address() {
    for db in backends().await {
        let t = spawn_app(&db).await;
        let web = serve(&t).await;
        let bogus = format!("/web/login/{}", "a".repeat(64));
        for _ in 0..loathon::web::SIGN_IN_ATTEMPTS {
            assert_eq!(web.get(&bogus, None).await.status, StatusCode::NOT_FOUND);
        }
        let refused = web.post(&bogus, None, &[]).await;
        assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
        assert_has(&refused.body, &["Thử quá nhiều lần"]);
        drop(web);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_session_ends_by_signing_out_by_time_and_when_the_role_goes() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let web = serve(&t).await;

        let token = link_for(&mut t, "canbo").await;
        let cookie = web.sign_in(&token).await;
        let queue = web.get("/web/queue", Some(&cookie)).await;
        let csrf = csrf_of(&queue.body);
        // Signing out needs the page's form token.
        let forged = web.post("/web/logout", Some(&cookie), &[]).await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        assert_has(&forged.body, &["Biểu mẫu không hợp lệ"]);
        assert_eq!(
            web.get("/web/queue", Some(&cookie)).await.status,
            StatusCode::OK
        );
        let out = web
            .post("/web/logout", Some(&cookie), &[("csrf", &csrf)])
            .await;
        assert_eq!(out.status, StatusCode::OK);
        assert_has(&out.body, &["Đã đăng xuất"]);
        assert_has(&out.set_cookie.unwrap(), &["Max-Age=0"]);
        assert_eq!(
            web.get("/web/queue", Some(&cookie)).await.status,
            StatusCode::UNAUTHORIZED
        );
        assert_eq!(audit_count(&t, "web.sign_out").await, 1);

        // Sessions last 8 hours.
        let token = link_for(&mut t, "canbo").await;
        let cookie = web.sign_in(&token).await;
        t.clock.advance(Duration::hours(7));
        assert_eq!(
            web.get("/web/queue", Some(&cookie)).await.status,
            StatusCode::OK
        );
        t.clock.advance(Duration::hours(1));
        let expired = web.get("/web/queue", Some(&cookie)).await;
        assert_eq!(expired.status, StatusCode::UNAUTHORIZED);
        assert_has(&expired.body, &["Phiên làm việc đã kết thúc"]);

        // A role taken back ends what the session can do at the next request.
        let token = link_for(&mut t, "canbo").await;
        let cookie = web.sign_in(&token).await;
        assert_eq!(
            web.get("/web/queue", Some(&cookie)).await.status,
            StatusCode::OK
        );
        t.app
            .revoke("console:canbo", Some(loathon::domain::Role::Officer))
            .await
            .unwrap();
        assert_eq!(
            web.get("/web/queue", Some(&cookie)).await.status,
            StatusCode::UNAUTHORIZED
        );
        drop(web);
        db.cleanup().await;
    }
}

/// A Telegram photo of a petition, opened in the browser, is fetched from Telegram into the
/// media store's private part: nothing at `/media/` serves it afterwards.
#[tokio::test]
async fn a_telegram_photo_opened_in_the_browser_stays_private() {
    for db in backends().await {
        let fake = crate::fake_telegram::FakeTelegram::start().await;
        let base = fake.base.clone();
        let media = tempfile::tempdir().unwrap();
        let dir = media.path().to_path_buf();
        let mut t = crate::helpers::spawn_app_with(&db, move |c| {
            c.media_dir = dir;
            c.telegram_token = Some(secrecy::SecretString::from(crate::fake_telegram::TOKEN));
            c.telegram_api_url = Some(base);
        })
        .await;
        cast(&mut t).await;
        t.say("@dan: /kiennghi").await;
        t.say("@dan: An ninh, trật tự").await;
        t.say("@dan: Có người lạ đi quanh bản lúc nửa đêm.").await;
        t.send(
            "dan",
            Event::Photo {
                file_ref: "AgACAgUAAxkBAAIBphoto".into(),
                caption: None,
            },
        )
        .await;
        t.say("@dan: Gửi đi").await;
        t.say("@dan: Giấu tên").await;
        let out = t.say("@dan: ✅ Gửi kiến nghị").await;
        let code = find_after(&out, "Mã theo dõi: ", 9);
        let id = petition_id(&t, &code).await;
        let web = serve(&t).await;
        let cookie = web.sign_in(&link_for(&mut t, "canbo").await).await;
        let file = web
            .get(&format!("/web/petitions/{id}/files/0"), Some(&cookie))
            .await;
        assert_eq!(file.status, StatusCode::OK, "{}", file.body);
        assert!(file.body.contains("fake file"), "{}", file.body);
        assert_eq!(file.cache_control.as_deref(), Some("private, no-store"));
        // Opened again: read from the private part, not fetched from Telegram again.
        let again = web
            .get(&format!("/web/petitions/{id}/files/0"), Some(&cookie))
            .await;
        assert_eq!(again.body, file.body);
        assert_eq!(fake.calls("getFile").len(), 1);

        let files_in = |dir: &std::path::Path| -> Vec<String> {
            std::fs::read_dir(dir)
                .map(|d| {
                    d.filter_map(Result::ok)
                        .filter(|e| e.file_type().unwrap().is_file())
                        .map(|e| e.file_name().to_string_lossy().into_owned())
                        .collect()
                })
                .unwrap_or_default()
        };
        assert!(files_in(media.path()).is_empty(), "nothing public");
        let kept = files_in(&media.path().join("private"));
        assert_eq!(kept.len(), 1, "{kept:?}");
        let public = web.get(&format!("/media/{}", kept[0]), None).await;
        assert_eq!(public.status, StatusCode::NOT_FOUND);
        drop(web);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn an_officer_answers_in_the_browser_and_the_villager_reads_it_in_the_chat() {
    for db in backends().await {
        let media = tempfile::tempdir().unwrap();
        let mut t =
            crate::helpers::spawn_app_with(&db, |c| c.media_dir = media.path().into()).await;
        cast(&mut t).await;
        // An anonymous petition with a photo (kept in the media store) and a place.
        let store = loathon::media::MediaStore::new(&t.app.config.media_dir);
        let photo = store.put(b"fake jpeg bytes", "jpg").await.unwrap();
        let out = t.say("@dan: /kiennghi").await;
        assert_has(&out, &["An ninh, trật tự"]);
        t.say("@dan: An ninh, trật tự").await;
        t.say("@dan: Đèn đường ở đầu bản bị hỏng, buổi tối rất tối.")
            .await;
        // A photo then a place: on PostgreSQL this once failed in `store::petitions` (a NULL
        // coordinate bound as float4, then a real one as float8 on the same statement).
        t.send(
            "dan",
            Event::Photo {
                file_ref: format!("https://loathon.example.vn/media/{photo}"),
                caption: None,
            },
        )
        .await;
        t.send(
            "dan",
            Event::Location {
                latitude: 22.35,
                longitude: 103.46,
            },
        )
        .await;
        t.say("@dan: Gửi đi").await;
        t.say("@dan: Giấu tên").await;
        let out = t.say("@dan: ✅ Gửi kiến nghị").await;
        let code = find_after(&out, "Mã theo dõi: ", 9);
        let id = petition_id(&t, &code).await;
        let web = serve(&t).await;

        let token = link_for(&mut t, "canbo").await;
        let cookie = web.sign_in(&token).await;
        let queue = web.get("/web/queue", Some(&cookie)).await;
        assert_has(
            &queue.body,
            &[
                &code,
                "An ninh, trật tự",
                "Bản Tả Phìn",
                &format!("/web/petitions/{id}"),
            ],
        );

        let shown = web
            .get(&format!("/web/petitions/{id}"), Some(&cookie))
            .await;
        assert_eq!(shown.status, StatusCode::OK, "{}", shown.body);
        assert_has(
            &shown.body,
            &[
                "Đèn đường ở đầu bản bị hỏng",
                "Người dân (giấu tên)",
                "for=\"answer-text\"",
            ],
        );
        assert_lacks(&shown.body, &["console:dan", ">dan<"]);
        assert_has(
            &shown.body,
            &[
                &format!("<img class=\"photo\" src=\"/web/petitions/{id}/files/0\""),
                "22.350000, 103.460000",
                "https://www.openstreetmap.org/?mlat=22.350000",
            ],
        );
        let file = web
            .get(&format!("/web/petitions/{id}/files/0"), Some(&cookie))
            .await;
        assert_eq!(file.status, StatusCode::OK);
        assert_eq!(file.body, "fake jpeg bytes");
        // Opening a file is a read, in the trail like opening the petition.
        let views: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM petition_events WHERE petition_id = $1 AND kind = 'viewed' AND detail = 'file:0'",
        )
        .bind(id)
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(views, 1);
        let csrf = csrf_of(&shown.body);

        // Another unit's officer: 404 for the page, the file and every action.
        let other = link_for(&mut t, "khac").await;
        let other = web.sign_in(&other).await;
        let other_page = web.get("/web/queue", Some(&other)).await;
        let other_csrf = csrf_of(&other_page.body);
        assert_lacks(&other_page.body, &[&code]);
        for path in [
            format!("/web/petitions/{id}"),
            format!("/web/petitions/{id}/files/0"),
        ] {
            let r = web.get(&path, Some(&other)).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{path}");
        }
        let r = web
            .post(
                &format!("/web/petitions/{id}/answer"),
                Some(&other),
                &[("csrf", &other_csrf), ("text", "Không phải việc của tôi")],
            )
            .await;
        assert_eq!(r.status, StatusCode::NOT_FOUND);
        assert_has(&r.body, &["Không tìm thấy"]);
        let unknown = web.get("/web/petitions/999999", Some(&cookie)).await;
        assert_eq!(unknown.status, StatusCode::NOT_FOUND);

        // A form without the session's token changes nothing.
        let forged = web
            .post(
                &format!("/web/petitions/{id}/claim"),
                Some(&cookie),
                &[("csrf", &other_csrf)],
            )
            .await;
        assert_eq!(forged.status, StatusCode::FORBIDDEN);
        let status: String = sqlx::query_scalar("SELECT status FROM petitions WHERE id = $1")
            .bind(id)
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        assert_eq!(status, "open");
        // An empty answer is refused with a message.
        let empty = web
            .post(
                &format!("/web/petitions/{id}/answer"),
                Some(&cookie),
                &[("csrf", &csrf), ("text", "   ")],
            )
            .await;
        assert_eq!(empty.status, StatusCode::BAD_REQUEST);
        assert_has(&empty.body, &["Mời đồng chí viết nội dung"]);
        t.console.deliver().await.unwrap();

        // Claim, then answer.
        let claimed = web
            .post(
                &format!("/web/petitions/{id}/claim"),
                Some(&cookie),
                &[("csrf", &csrf)],
            )
            .await;
        assert_eq!(claimed.status, StatusCode::SEE_OTHER);
        let after = web
            .get(claimed.location.as_deref().unwrap(), Some(&cookie))
            .await;
        assert_has(&after.body, &["Đồng chí đã nhận xử lý kiến nghị này."]);
        let told = t.console.deliver().await.unwrap();
        let to_dan: Vec<_> = told.iter().filter(|p| p.handle == "dan").collect();
        assert_eq!(to_dan.len(), 1, "{}", t.console.format(&told));
        assert_has(&to_dan[0].message.text, &[&code, "Công an xã Dào San"]);

        let answered = web
            .post(
                &format!("/web/petitions/{id}/answer"),
                Some(&cookie),
                &[
                    ("csrf", &csrf),
                    (
                        "text",
                        "Công an xã đã báo điện lực thay bóng đèn trong tuần này.",
                    ),
                ],
            )
            .await;
        assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
        let told = t.console.deliver().await.unwrap();
        let to_dan = t.console.format(
            &told
                .into_iter()
                .filter(|p| p.handle == "dan")
                .collect::<Vec<_>>(),
        );
        assert_has(
            &to_dan,
            &[
                &code,
                "Công an xã đã báo điện lực thay bóng đèn trong tuần này.",
                "😄 5",
            ],
        );
        let page = web
            .get(&format!("/web/petitions/{id}"), Some(&cookie))
            .await;
        assert_has(&page.body, &["Công an xã đã báo điện lực"]);
        assert_lacks(&page.body, &["id=\"send-answer\""]);

        // The trail: every read and action, by canbo; the other unit's tries left nothing.
        let canbo: i64 = sqlx::query_scalar("SELECT id FROM people WHERE external_id = 'canbo'")
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        let rows: Vec<(String, Option<i64>)> = sqlx::query_as(
            "SELECT kind, actor_id FROM petition_events WHERE petition_id = $1 \
             AND kind IN ('viewed', 'claimed', 'answered') ORDER BY id",
        )
        .bind(id)
        .fetch_all(&t.app.db.pool)
        .await
        .unwrap();
        let kinds: Vec<&str> = rows.iter().map(|(k, _)| k.as_str()).collect();
        // (The page, then its photo, are two reads.)
        assert_eq!(
            kinds,
            [
                "viewed", "viewed", "claimed", "viewed", "answered", "viewed"
            ]
        );
        assert!(rows.iter().all(|(_, a)| *a == Some(canbo)), "{rows:?}");
        drop(web);
        db.cleanup().await;
    }
}

#[tokio::test]
async fn asking_forwarding_and_closing_in_the_browser_tell_the_villager() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, code) =
            submit_security(&mut t, "Có người lạ hay đến bản vào ban đêm.", false).await;
        let id = petition_id(&t, &code).await;
        t.console.deliver().await.unwrap();
        let web = serve(&t).await;
        let token = link_for(&mut t, "canbo").await;
        let cookie = web.sign_in(&token).await;
        let shown = web
            .get(&format!("/web/petitions/{id}"), Some(&cookie))
            .await;
        // Not anonymous: the author's name shows for the unit.
        assert_lacks(&shown.body, &["giấu tên"]);
        let csrf = csrf_of(&shown.body);

        // Ask: the villager gets the question, and their next message is taken as the answer.
        let asked = web
            .post(
                &format!("/web/petitions/{id}/ask"),
                Some(&cookie),
                &[("csrf", &csrf), ("text", "Bạn thấy họ vào khoảng mấy giờ?")],
            )
            .await;
        assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
        let told = t.console.deliver().await.unwrap();
        assert_has(
            &t.console.format(&told),
            &["Bạn thấy họ vào khoảng mấy giờ?"],
        );
        let out = t.say("@dan: Khoảng 11 giờ đêm.").await;
        assert_has(&out, &["Đã nhận"]);
        t.console.deliver().await.unwrap();

        // Forward to UBND xã (offered on the page).
        let page = web
            .get(&format!("/web/petitions/{id}"), Some(&cookie))
            .await;
        assert_has(&page.body, &["UBND xã Dào San", "for=\"forward-unit\""]);
        let ubnd: i64 = sqlx::query_scalar("SELECT id FROM units WHERE code = 'DS-UBND'")
            .fetch_one(&t.app.db.pool)
            .await
            .unwrap();
        let ubnd = ubnd.to_string();
        let moved = web
            .post(
                &format!("/web/petitions/{id}/forward"),
                Some(&cookie),
                &[
                    ("csrf", &csrf),
                    ("unit", &ubnd),
                    ("text", "Cần xã phối hợp"),
                ],
            )
            .await;
        assert_eq!(moved.status, StatusCode::OK, "{}", moved.body);
        assert_has(&moved.body, &["UBND xã Dào San"]);
        let printed = t.console.deliver().await.unwrap();
        let told = t.console.format(&printed);
        assert_has(&told, &["Cần xã phối hợp"]);
        // No longer canbo's.
        let gone = web
            .get(&format!("/web/petitions/{id}"), Some(&cookie))
            .await;
        assert_eq!(gone.status, StatusCode::NOT_FOUND);

        // UBND closes it as outside the commune's scope.
        let token = link_for(&mut t, "ubnd").await;
        let ubnd_cookie = web.sign_in(&token).await;
        let page = web
            .get(&format!("/web/petitions/{id}"), Some(&ubnd_cookie))
            .await;
        let ubnd_csrf = csrf_of(&page.body);
        let closed = web
            .post(
                &format!("/web/petitions/{id}/close"),
                Some(&ubnd_cookie),
                &[
                    ("csrf", &ubnd_csrf),
                    ("how", "out_of_scope"),
                    ("text", "Việc này thuộc Công an tỉnh."),
                ],
            )
            .await;
        assert_eq!(closed.status, StatusCode::OK, "{}", closed.body);
        let printed = t.console.deliver().await.unwrap();
        let told = t.console.format(&printed);
        assert_has(&told, &["Việc này thuộc Công an tỉnh."]);
        let kinds: Vec<String> = sqlx::query_scalar(
            "SELECT kind FROM petition_events WHERE petition_id = $1 \
             AND kind IN ('info_requested', 'info_added', 'forwarded', 'closed') ORDER BY id",
        )
        .bind(id)
        .fetch_all(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(
            kinds,
            ["info_requested", "info_added", "forwarded", "closed"]
        );
        drop(web);
        db.cleanup().await;
    }
}

/// Closing as a duplicate of a petition from another village asks first, as in the chat: the
/// page shows the warning and a form to confirm; nothing changes until it is sent, and a
/// confirmation naming a petition that is not the officer's to touch is refused.
#[tokio::test]
async fn merging_in_the_browser_asks_to_confirm_a_petition_from_another_village() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, main) = submit_security(&mut t, "Đèn đường hỏng.", false).await;
        t.onboard_as("dan3", "dao san").await;
        t.say("@dan3: /kiennghi").await;
        t.say("@dan3: An ninh, trật tự").await;
        t.say("@dan3: Đèn đường ở bản tôi cũng hỏng.").await;
        t.say("@dan3: Gửi đi").await;
        t.say("@dan3: Ghi tên tôi").await;
        let out = t.say("@dan3: ✅ Gửi kiến nghị").await;
        let dup = find_after(&out, "Mã theo dõi: ", 9);
        let (main_id, dup_id) = (petition_id(&t, &main).await, petition_id(&t, &dup).await);
        t.console.deliver().await.unwrap();
        let web = serve(&t).await;
        let token = link_for(&mut t, "canbo").await;
        let cookie = web.sign_in(&token).await;
        let shown = web
            .get(&format!("/web/petitions/{dup_id}"), Some(&cookie))
            .await;
        let csrf = csrf_of(&shown.body);

        let asked = web
            .post(
                &format!("/web/petitions/{dup_id}/close"),
                Some(&cookie),
                &[("csrf", &csrf), ("how", "duplicate"), ("code", &main)],
            )
            .await;
        assert_eq!(asked.status, StatusCode::OK, "{}", asked.body);
        assert_has(
            &asked.body,
            &[
                "Xác nhận gộp kiến nghị",
                &format!("gộp kiến nghị này vào kiến nghị {main}?"),
                "Hai kiến nghị gửi từ hai thôn, bản khác nhau.",
                &format!("action=\"/web/petitions/{dup_id}/merge\""),
                &format!("name=\"into\" value=\"{main_id}\""),
            ],
        );
        let status = |id: i64| {
            let pool = t.app.db.pool.clone();
            async move {
                sqlx::query_scalar::<_, String>("SELECT status FROM petitions WHERE id = $1")
                    .bind(id)
                    .fetch_one(&pool)
                    .await
                    .unwrap()
            }
        };
        assert_eq!(status(dup_id).await, "open", "{}", db.label);
        assert!(t.console.deliver().await.unwrap().is_empty());

        // A forged confirmation (no such petition) changes nothing.
        let forged = web
            .post(
                &format!("/web/petitions/{dup_id}/merge"),
                Some(&cookie),
                &[("csrf", &csrf), ("into", "987654")],
            )
            .await;
        assert_eq!(forged.status, StatusCode::NOT_FOUND, "{}", forged.body);
        assert_eq!(status(dup_id).await, "open", "{}", db.label);

        let merged = web
            .post(
                &format!("/web/petitions/{dup_id}/merge"),
                Some(&cookie),
                &[("csrf", &csrf), ("into", &main_id.to_string())],
            )
            .await;
        assert_eq!(merged.status, StatusCode::OK, "{}", merged.body);
        assert_has(&merged.body, &[&format!("Đã khép lại kiến nghị {dup}")]);
        assert_eq!(status(dup_id).await, "closed", "{}", db.label);
        assert_eq!(status(main_id).await, "open", "{}", db.label);
        let printed = t.console.deliver().await.unwrap();
        assert_has(
            &t.console.format(&printed),
            &[&format!(
                "@dan3:\nKiến nghị {dup} trùng với kiến nghị {main} đang được giải quyết"
            )],
        );
        drop(web);
        db.cleanup().await;
    }
}

/// Chromium and its WebDriver, from Debian's packages (`.ci/run` installs them).
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// chromedriver on a free port, stopped when dropped.
struct Driver {
    child: tokio::process::Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
    }
}

async fn start_driver() -> Driver {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = tokio::process::Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("chromedriver starts");
    let url = format!("http://127.0.0.1:{port}");
    let client = reqwest::Client::new();
    for _ in 0..100 {
        if client
            .get(format!("{url}/status"))
            .send()
            .await
            .is_ok_and(|r| r.status().is_success())
        {
            return Driver { child, url };
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("chromedriver did not answer on {url}");
}

/// Where the screenshots are kept: `target/screenshots/`.
fn screenshot_dir() -> std::path::PathBuf {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The one story in a real browser: an officer opens the `/web` link in a headless Chromium
/// (a phone-sized window), signs in, opens the petition from the queue, writes the answer and
/// sends it; the villager gets it in the chat. Screenshots of the queue and the petition page
/// are kept under `target/screenshots/`; then an admin opens the report page from the menu
/// (`report.png`).
#[tokio::test]
async fn in_a_real_browser_an_officer_signs_in_and_answers_a_petition() {
    use fantoccini::{ClientBuilder, Locator};

    let installed =
        std::path::Path::new(CHROMIUM).exists() && std::path::Path::new(CHROMEDRIVER).exists();
    if !installed {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("CI=true but {CHROMIUM} or {CHROMEDRIVER} is missing: .ci/run installs them");
        }
        eprintln!(
            "SKIPPED: the end-to-end browser test needs {CHROMIUM} and {CHROMEDRIVER} \
             (apt-get install chromium chromium-driver); it always runs in CI"
        );
        return;
    }
    let db = crate::helpers::TestDb::sqlite();
    let mut t = spawn_app(&db).await;
    cast(&mut t).await;
    let (_, code) = submit_security(&mut t, "Cầu treo qua suối bị gãy một tấm ván.", true).await;
    t.console.deliver().await.unwrap();
    let web = serve(&t).await;
    let token = link_for(&mut t, "canbo").await;
    let lan_token = link_for(&mut t, "lan").await;
    let driver = start_driver().await;

    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": CHROMIUM,
            // --no-sandbox: Chromium refuses to start as root with its sandbox (CI containers).
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--window-size=412,915"],
        }),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let browser = ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&driver.url)
        .await
        .expect("a Chromium session");
    let story = async {
        browser
            .goto(&format!("{}/web/login/{token}", web.base))
            .await?;
        browser
            .find(Locator::Css("#sign-in"))
            .await?
            .click()
            .await?;
        browser.wait().for_element(Locator::LinkText(&code)).await?;
        let queue = browser.source().await?;
        assert_has(&queue, &["Kiến nghị cần xử lý", "Công an xã Dào San"]);
        std::fs::write(
            screenshot_dir().join("web-queue.png"),
            browser.screenshot().await?,
        )
        .unwrap();
        browser
            .find(Locator::LinkText(&code))
            .await?
            .click()
            .await?;
        let box_ = browser
            .wait()
            .for_element(Locator::Css("#answer-text"))
            .await?;
        assert_has(
            &browser.source().await?,
            &[
                "Cầu treo qua suối bị gãy một tấm ván.",
                "Người dân (giấu tên)",
            ],
        );
        std::fs::write(
            screenshot_dir().join("web-petition.png"),
            browser.screenshot().await?,
        )
        .unwrap();
        box_.send_keys("Xã đã cử người sửa cầu, dự kiến xong trong hai ngày.")
            .await?;
        browser
            .find(Locator::Css("#send-answer"))
            .await?
            .click()
            .await?;
        browser.wait().for_element(Locator::Css("p.notice")).await?;
        assert_has(
            &browser.source().await?,
            &["Đã gửi câu trả lời cho người dân."],
        );
        std::fs::write(
            screenshot_dir().join("web-petition-answered.png"),
            browser.screenshot().await?,
        )
        .unwrap();
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    // The admin signs in in the same browser, follows the menu to the report page; its
    // screenshot is kept as `target/screenshots/report.png`.
    let report = async {
        browser
            .goto(&format!("{}/web/login/{lan_token}", web.base))
            .await?;
        browser
            .find(Locator::Css("#sign-in"))
            .await?
            .click()
            .await?;
        browser
            .wait()
            .for_element(Locator::LinkText("Báo cáo Tỉnh Lai Châu"))
            .await?
            .click()
            .await?;
        browser
            .wait()
            .for_element(Locator::Css(".chart svg"))
            .await?;
        let html = browser.source().await?;
        assert_has(
            &html,
            &["Báo cáo kiến nghị — Tỉnh Lai Châu", "<svg", "Tiếp nhận"],
        );
        let received = browser
            .find(Locator::Css(".figure strong"))
            .await?
            .text()
            .await?;
        assert_eq!(received, "1", "one petition received: {html}");
        std::fs::write(
            screenshot_dir().join("report.png"),
            browser.screenshot().await?,
        )
        .unwrap();
        Ok::<_, fantoccini::error::CmdError>(())
    }
    .await;
    let _ = browser.close().await;
    story.expect("the browser story");
    report.expect("the report page in the browser");
    assert!(screenshot_dir().join("report.png").exists());

    let told = t.console.deliver().await.unwrap();
    let to_dan = t.console.format(
        &told
            .into_iter()
            .filter(|p| p.handle == "dan")
            .collect::<Vec<_>>(),
    );
    assert_has(
        &to_dan,
        &[
            &code,
            "Xã đã cử người sửa cầu, dự kiến xong trong hai ngày.",
        ],
    );
    assert!(screenshot_dir().join("web-petition.png").exists());
    drop(web);
    drop(driver);
    db.cleanup().await;
}

/// The web pages and Open311 act with the engine's directory cache: read once, kept while
/// nothing in the directory changes, read again as soon as a change is committed.
#[tokio::test]
async fn the_web_reads_the_directory_from_the_engines_cache() {
    for db in backends().await {
        let t = spawn_app(&db).await;
        let mut conn = t.app.db.pool.acquire().await.unwrap();
        let first = t.app.engine.directory(&mut conn).await.unwrap();
        let again = t.app.engine.directory(&mut conn).await.unwrap();
        assert!(std::sync::Arc::ptr_eq(&first, &again), "read once, kept");
        sqlx::query("UPDATE areas SET name = 'Xã Dào San (mới)' WHERE code = 'DS'")
            .execute(&mut *conn)
            .await
            .unwrap();
        let changed = t.app.engine.directory(&mut conn).await.unwrap();
        assert!(!std::sync::Arc::ptr_eq(&first, &changed), "read again");
        let ds_id: i64 = sqlx::query_scalar("SELECT id FROM areas WHERE code = 'DS'")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
        let ds = changed
            .area(ds_id)
            .expect("the commune is in the directory");
        assert_eq!(ds.name, "Xã Dào San (mới)");
        drop(conn);
        db.cleanup().await;
    }
}
