//! Reports on the web, charts, CSV, hot spots, the public page and Open311, on both backends.
//! Admin pages are called as handlers with a signed-in person (the web skeleton's sessions are
//! wired at the merge); the public page and Open311 over a real socket.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use loathon::domain::Role;
use loathon::services::Actor;
use loathon::services::reports::{self, AreaReportError};
use loathon::store::people;
use loathon::web_reports::{PeriodQuery, SignedIn};
use serde_json::Value;

use crate::helpers::{
    TestApp, assert_has, assert_lacks, backends, find_after, spawn_app, spawn_app_with,
};
use crate::petitions::make_officer;

async fn cast(t: &mut TestApp) {
    t.onboard_vi().await;
    make_officer(t, "canbo", "DS-CA", "dao san").await;
    t.onboard_as("dan", "ta phin").await;
}

/// Files a security petition as `@dan`; with `publish`, agrees to the public page first.
async fn submit(t: &mut TestApp, text: &str, anonymous: bool, publish: bool) -> (String, String) {
    t.say("@dan: /kiennghi").await;
    t.say("@dan: An ninh, trật tự").await;
    t.say(&format!("@dan: {text}")).await;
    t.say("@dan: Gửi đi").await;
    let summary = t
        .say(if anonymous {
            "@dan: Giấu tên"
        } else {
            "@dan: Ghi tên tôi"
        })
        .await;
    if anonymous {
        assert_lacks(&summary, &["Đồng ý đăng công khai"]);
    } else {
        assert_has(
            &summary,
            &["Kiến nghị không đăng công khai", "🌐 Đồng ý đăng công khai"],
        );
    }
    if publish {
        let out = t.say("@dan: 🌐 Đồng ý đăng công khai").await;
        assert_has(
            &out,
            &[
                "sẽ được đăng trên trang công khai",
                "🔒 Không đăng công khai",
            ],
        );
    }
    let out = t.say("@dan: ✅ Gửi kiến nghị").await;
    assert_has(&out, &["✅ Đã gửi kiến nghị."]);
    let code = find_after(&out, "Mã theo dõi: ", 9);
    (out, code)
}

async fn answer(t: &mut TestApp, code: &str, text: &str) {
    t.say(&format!("@canbo: /theodoi {code}")).await;
    t.say("@canbo: Trả lời").await;
    t.say(&format!("@canbo: {text}")).await;
    let out = t.say("@canbo: Gửi trả lời").await;
    assert_has(&out, &["Đã gửi câu trả lời"]);
}

async fn actor_of(t: &TestApp, handle: &str) -> Actor {
    let mut conn = t.app.db.pool.acquire().await.unwrap();
    let p = people::find(&mut conn, "console", handle)
        .await
        .unwrap()
        .unwrap();
    Actor::load(&mut conn, p.id).await.unwrap()
}

async fn body(resp: Response) -> (u16, Vec<u8>) {
    let status = resp.status().as_u16();
    let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX)
        .await
        .unwrap();
    (status, bytes.to_vec())
}

fn this_year(t: &TestApp) -> (i64, i64) {
    let now = t.app.clock.now_ms();
    (now - 200 * 86_400_000, now + 86_400_000)
}

#[tokio::test]
async fn an_admins_report_counts_right_and_another_areas_admin_is_refused() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, first) = submit(&mut t, "Trộm gà ở đầu bản.", false, false).await;
        submit(&mut t, "Xe máy chạy quá tốc độ qua trường.", false, false).await;
        submit(&mut t, "Đánh bạc ở nhà văn hóa.", true, false).await;
        answer(&mut t, &first, "Công an xã đã xuống bản kiểm tra.").await;
        t.app
            .grant("console:khac", Role::Admin, Some("SLL"))
            .await
            .unwrap();

        let lan = actor_of(&t, "lan").await;
        let (from, to) = this_year(&t);
        let mut conn = t.app.db.pool.acquire().await.unwrap();
        let r = reports::for_admin(&mut conn, &lan, &t.app.lessons, "DS", from, to)
            .await
            .unwrap();
        assert_eq!(r.report.total, 3, "{:?}", r.report);
        assert_eq!(r.report.answered_now, 1);
        assert_eq!(r.report.answered_on_time, 1);
        assert_eq!(r.report.by_category, vec![("security".to_string(), 3)]);
        assert_eq!(r.report.by_village, vec![("Bản Tả Phìn".to_string(), 3)]);
        let (received, answered): (i64, i64) =
            r.months.iter().fold((0, 0), |(a, b), m| (a + m.1, b + m.2));
        assert_eq!((received, answered), (3, 1), "{:?}", r.months);

        // Another commune's admin learns nothing, as for an unknown area.
        let khac = actor_of(&t, "khac").await;
        let refused = reports::for_admin(&mut conn, &khac, &t.app.lessons, "DS", from, to).await;
        assert!(
            matches!(refused, Err(AreaReportError::NotFound)),
            "{refused:?}"
        );
        drop(conn);

        // The page, through its handler, for the admin: figures, bars, trend, overdue list.
        let resp = loathon::web_reports::reports::page(
            State(t.app.clone()),
            SignedIn(lan.clone()),
            Path("DS".to_string()),
            Query(PeriodQuery::default()),
        )
        .await;
        let (status, html) = body(resp).await;
        let html = String::from_utf8(html).unwrap();
        assert_eq!(status, 200, "{html}");
        assert_has(
            &html,
            &[
                "Báo cáo kiến nghị — Xã Dào San",
                "<svg",
                "An ninh, trật tự",
                "Bản Tả Phìn",
                "Kiến nghị theo tháng",
            ],
        );
        let resp = loathon::web_reports::reports::page(
            State(t.app.clone()),
            SignedIn(khac.clone()),
            Path("DS".to_string()),
            Query(PeriodQuery::default()),
        )
        .await;
        let (status, html) = body(resp).await;
        assert_eq!(status, 404);
        assert_lacks(&String::from_utf8(html).unwrap(), &["An ninh"]);
        // A date that cannot be read is answered in Vietnamese.
        let resp = loathon::web_reports::reports::page(
            State(t.app.clone()),
            SignedIn(lan.clone()),
            Path("DS".to_string()),
            Query(PeriodQuery {
                tu: Some("31/02/2026x".into()),
                den: None,
            }),
        )
        .await;
        let (status, html) = body(resp).await;
        assert_eq!(status, 400);
        assert_has(&String::from_utf8(html).unwrap(), &["không đúng"]);

        // CSV: byte-order mark, Vietnamese headers and names.
        let resp = loathon::web_reports::reports::csv(
            State(t.app.clone()),
            SignedIn(lan.clone()),
            Path("DS".to_string()),
            Query(PeriodQuery::default()),
        )
        .await;
        let (status, csv) = body(resp).await;
        let csv = String::from_utf8(csv).unwrap();
        assert_eq!(status, 200);
        assert!(csv.starts_with("\u{FEFF}mục,tên,giá trị\n"), "{csv}");
        assert_has(
            &csv,
            &[
                "tổng,số kiến nghị,3",
                "lĩnh vực,\"An ninh, trật tự\",3",
                "theo tháng,",
            ],
        );

        // Charts: SVG with the category's name, PNG with its magic bytes.
        let chart = |dang: &str| loathon::web_reports::reports::ChartQuery {
            period: PeriodQuery::default(),
            dang: Some(dang.into()),
        };
        let resp = loathon::web_reports::reports::chart(
            State(t.app.clone()),
            SignedIn(lan.clone()),
            Path(("DS".to_string(), "category".to_string())),
            Query(chart("svg")),
        )
        .await;
        let (_, svg) = body(resp).await;
        let svg = String::from_utf8(svg).unwrap();
        assert!(
            svg.contains("<svg") && svg.contains("An ninh, trật tự"),
            "{svg}"
        );
        let resp = loathon::web_reports::reports::chart(
            State(t.app.clone()),
            SignedIn(lan.clone()),
            Path(("DS".to_string(), "trend".to_string())),
            Query(chart("png")),
        )
        .await;
        let (status, png) = body(resp).await;
        assert_eq!(status, 200);
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        assert!(png.len() > 5_000, "{}", png.len());

        // Over HTTP, nobody is signed in yet: the page asks to sign in.
        let (addr, server) = serve(&t).await;
        let resp = reqwest::get(format!("http://{addr}/web/bao-cao/DS"))
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 401);
        assert_has(&resp.text().await.unwrap(), &["/web"]);
        server.abort();
        db.cleanup().await;
    }
}

#[tokio::test]
async fn baocao_sends_the_chart_as_an_image() {
    for db in backends().await {
        let media = tempfile::tempdir().unwrap();
        let dir = media.path().to_path_buf();
        let mut t = spawn_app_with(&db, |c| c.media_dir = dir).await;
        cast(&mut t).await;
        submit(&mut t, "Trộm gà ở đầu bản.", false, false).await;
        let out = t.say("/baocao dao san").await;
        assert_has(
            &out,
            &["📊 Biểu đồ kiến nghị theo lĩnh vực — Xã Dào San", "<photo "],
        );
        let path = find_after(&out, "<photo ", 400);
        let path = path.split('>').next().unwrap();
        let bytes = std::fs::read(path).unwrap();
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        db.cleanup().await;
    }
}

#[tokio::test]
async fn a_hot_spot_reaches_the_admin_once_and_the_report_marks_it() {
    for db in backends().await {
        let mut t = spawn_app_with(&db, |c| {
            c.petition_limits.hotspot_count = 3;
            c.petition_limits.hotspot_hours = 72;
        })
        .await;
        cast(&mut t).await;
        let (out, _) = submit(&mut t, "Trộm gà lần một.", false, false).await;
        assert_lacks(&out, &["Điểm nóng"]);
        let (out, _) = submit(&mut t, "Trộm gà lần hai.", false, false).await;
        assert_lacks(&out, &["Điểm nóng"]);
        let (out, _) = submit(&mut t, "Trộm gà lần ba.", false, false).await;
        assert_has(
            &out,
            &[
                "🔥 Điểm nóng: 3 kiến nghị về An ninh, trật tự từ Bản Tả Phìn (Xã Dào San) trong 72 giờ qua.",
            ],
        );
        assert_eq!(out.matches("🔥 Điểm nóng").count(), 1, "{out}");
        let (out, _) = submit(&mut t, "Trộm gà lần bốn.", false, false).await;
        assert_lacks(&out, &["Điểm nóng"]);

        let lan = actor_of(&t, "lan").await;
        let (from, to) = this_year(&t);
        let mut conn = t.app.db.pool.acquire().await.unwrap();
        let r = reports::for_admin(&mut conn, &lan, &t.app.lessons, "DS", from, to)
            .await
            .unwrap();
        assert_eq!(r.hotspots.len(), 1, "{:?}", r.hotspots);
        assert_eq!(r.hotspots[0].area, "Bản Tả Phìn");
        drop(conn);
        let page = loathon::web_reports::reports::ReportPage::build(
            t.app.i18n.clone(),
            &r,
            "2026-01-01".into(),
            "2026-12-31".into(),
        );
        let html = askama::Template::render(&page).unwrap();
        assert_has(
            &html,
            &[
                "Điểm nóng trong kỳ",
                "Bản Tả Phìn · An ninh, trật tự: 3 kiến nghị",
            ],
        );
        db.cleanup().await;
    }
}

async fn serve(t: &TestApp) -> (std::net::SocketAddr, tokio::task::JoinHandle<()>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = loathon::http::router(t.app.clone());
    let server = tokio::spawn(async move {
        let _ = axum::serve(listener, router).await;
    });
    (addr, server)
}

#[tokio::test]
async fn the_public_page_shows_counts_and_only_what_authors_agreed_to_publish() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (_, shown) = submit(&mut t, "Đường vào bản bị sạt, xin sửa giúp.", false, true).await;
        submit(&mut t, "Nhà tôi bị mất trộm con trâu.", false, false).await;
        submit(&mut t, "Có người bán ma túy ở cuối bản.", true, false).await;
        answer(&mut t, &shown, "Xã đã cử người xuống sửa đường.").await;

        let (addr, server) = serve(&t).await;
        for area in ["DS", "LCU"] {
            let resp = reqwest::get(format!("http://{addr}/cong-khai/{area}"))
                .await
                .unwrap();
            assert_eq!(resp.status().as_u16(), 200);
            let html = resp.text().await.unwrap();
            assert_has(
                &html,
                &[
                    "Kết quả giải quyết kiến nghị",
                    "Tiếp nhận<strong>3</strong>",
                    "Đã trả lời<strong>1</strong>",
                    "Trả lời đúng hạn<strong>100%</strong>",
                    "Đường vào bản bị sạt, xin sửa giúp.",
                    "Xã đã cử người xuống sửa đường.",
                    "Bản Tả Phìn",
                    "<svg",
                ],
            );
            assert_lacks(
                &html,
                &[
                    "mất trộm con trâu",
                    "ma túy",
                    &shown,
                    &shown.replace('-', ""),
                    "console:",
                ],
            );
        }
        // The published petitions follow the page's period: none in 2020.
        let resp = reqwest::get(format!(
            "http://{addr}/cong-khai/DS?tu=2020-01-01&den=2020-12-31"
        ))
        .await
        .unwrap();
        assert_eq!(resp.status().as_u16(), 200);
        let html = resp.text().await.unwrap();
        assert_has(
            &html,
            &[
                "Tiếp nhận<strong>0</strong>",
                "Chưa có kiến nghị nào được đồng ý đăng.",
            ],
        );
        assert_lacks(&html, &["Đường vào bản bị sạt", "kiến nghị mới nhất"]);
        // Past the cap of 50 for the period, the page says it shows the newest 50.
        for i in 1..=50 {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "INSERT INTO petitions (tracking_code, author_id, anonymous, village_id, \
                 category_id, body, unit_id, status, submitted_at, due_at, publish) \
                 SELECT tracking_code || 'x{i}', author_id, anonymous, village_id, category_id, \
                 body || ' (lần {i})', unit_id, status, submitted_at - {i}, due_at, publish \
                 FROM petitions WHERE publish = 1 AND tracking_code NOT LIKE '%x%'"
            )))
            .execute(&t.app.db.pool)
            .await
            .unwrap();
        }
        let html = reqwest::get(format!("http://{addr}/cong-khai/DS"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(html.matches("<article>").count(), 50, "{html}");
        assert_has(
            &html,
            &["Trang chỉ hiện 50 kiến nghị mới nhất trong khoảng thời gian này."],
        );
        assert_lacks(&html, &["(lần 50)"]);
        // A village has no public page; nor has an unknown code.
        let resp = reqwest::get(format!("http://{addr}/cong-khai/DS-TP"))
            .await
            .unwrap();
        assert_eq!(resp.status().as_u16(), 404);
        let resp = reqwest::get(format!(
            "http://{addr}/cong-khai/LCU/bieu-do/trend?dang=png"
        ))
        .await
        .unwrap();
        assert_eq!(resp.status().as_u16(), 200);
        assert_eq!(&resp.bytes().await.unwrap()[..4], b"\x89PNG");
        server.abort();
        db.cleanup().await;
    }
}

async fn json(resp: reqwest::Response) -> (u16, Value) {
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap())
}

#[track_caller]
fn assert_error(v: &Value, code: u16) {
    let arr = v.as_array().unwrap_or_else(|| panic!("not an array: {v}"));
    assert_eq!(arr.len(), 1, "{v}");
    assert_eq!(arr[0]["code"], code, "{v}");
    assert!(
        arr[0]["description"]
            .as_str()
            .is_some_and(|d| !d.is_empty()),
        "{v}"
    );
}

#[tokio::test]
async fn open311_lists_services_takes_a_request_and_answers_errors_as_the_spec_says() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (addr, server) = serve(&t).await;
        let base = format!("http://{addr}/open311/v2");
        let http = reqwest::Client::new();

        // Service list: the spec's fields.
        let (status, services) = json(
            http.get(format!("{base}/services.json"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 200);
        let list = services.as_array().unwrap();
        let security = list
            .iter()
            .find(|s| s["service_code"] == "security")
            .unwrap_or_else(|| panic!("{services}"));
        assert_eq!(security["service_name"], "An ninh, trật tự");
        assert_eq!(security["metadata"], false);
        assert_eq!(security["type"], "realtime");
        assert!(security.get("description").is_some() && security.get("keywords").is_some());
        assert!(
            list.iter().all(|s| s["service_code"] != "complaint"),
            "{services}"
        );
        let (status, def) = json(
            http.get(format!("{base}/services/security.json"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(def["service_code"], "security");
        let (status, err) = json(
            http.get(format!("{base}/services/nope.json"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 404);
        assert_error(&err, 404);

        // POST without a valid key: 403, and nothing filed.
        let form = |key: &str| {
            vec![
                ("api_key", key.to_string()),
                ("service_code", "security".to_string()),
                ("address_id", "DS-TP".to_string()),
                (
                    "description",
                    "Đèn đường hỏng, đêm tối có trộm.".to_string(),
                ),
                ("first_name", "Nguyễn".to_string()),
                ("email", "a@example.org".to_string()),
            ]
        };
        let (status, err) = json(
            http.post(format!("{base}/requests.json"))
                .form(&form("sai"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 403);
        assert_error(&err, 403);

        // A key for Dào San, issued on the command line; a key for Sì Lở Lầu is refused there.
        let printed = loathon::admin_ops::open311_key_create(&t.app, "DS")
            .await
            .unwrap();
        let key = find_after(&printed, ": ", 38);
        let other = loathon::admin_ops::open311_key_create(&t.app, "SLL")
            .await
            .unwrap();
        let other = find_after(&other, ": ", 38);
        let stored: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM open311_keys WHERE key_hash = $1")
                .bind(&key)
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(stored, 0, "the key itself is never stored");
        let (status, err) = json(
            http.post(format!("{base}/requests.json"))
                .form(&form(&other))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 403);
        assert_error(&err, 403);
        let mut bad = form(&key);
        bad[1].1 = "nope".into();
        let (status, err) = json(
            http.post(format!("{base}/requests.json"))
                .form(&bad)
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 400);
        assert_error(&err, 400);

        let (status, created) = json(
            http.post(format!("{base}/requests.json"))
                .form(&form(&key))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 201, "{created}");
        let id = created[0]["service_request_id"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(created[0]["token"], id.as_str());
        // Routed like any other petition: the commune police hear of it.
        let out = t.say("@canbo: /hangdoi").await;
        assert_has(&out, &["Đèn đường hỏng, đêm tối có trộm."]);
        let names: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM people WHERE display_name = 'Nguyễn'")
                .fetch_one(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(
            names, 0,
            "what the client says about the reporter is not kept"
        );

        // GET it back, by id, in the list, by token.
        let (status, one) = json(
            http.get(format!("{base}/requests/{id}.json?jurisdiction_id=DS"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 200, "{one}");
        let r = &one[0];
        assert_eq!(r["service_request_id"], id.as_str());
        assert_eq!(r["status"], "open");
        assert_eq!(r["service_code"], "security");
        assert_eq!(r["agency_responsible"], "Công an xã Dào San");
        assert_eq!(r["address_id"], "DS-TP");
        assert!(r["description"].is_null(), "not published: {r}");
        assert!(r["requested_datetime"].as_str().unwrap().contains('T'));
        // The list holds only what authors agreed to publish: not the request filed here
        // (readable by its id), not a petition kept private, never an anonymous one, which
        // is not even readable by its code.
        let (_, shown) = submit(&mut t, "Xin lắp đèn ở ngã ba.", false, true).await;
        let (_, private) = submit(&mut t, "Nhà bên cạnh hay cãi nhau.", false, false).await;
        let (_, hidden) = submit(&mut t, "Có người lạ vào bản ban đêm.", true, false).await;
        let (status, list) = json(
            http.get(format!(
                "{base}/requests.json?status=open&service_code=security"
            ))
            .send()
            .await
            .unwrap(),
        )
        .await;
        assert_eq!(status, 200);
        let ids: Vec<&str> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["service_request_id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, [shown.as_str()], "{list}");
        for code in [&private, &hidden] {
            let (status, err) = json(
                http.get(format!("{base}/requests/{code}.json?jurisdiction_id=DS"))
                    .send()
                    .await
                    .unwrap(),
            )
            .await;
            assert_eq!(status, 404, "{err}");
            let (_, list) = json(
                http.get(format!("{base}/requests.json?service_request_id={code}"))
                    .send()
                    .await
                    .unwrap(),
            )
            .await;
            assert_eq!(list, serde_json::json!([]));
        }
        let (_, closed) = json(
            http.get(format!("{base}/requests.json?status=closed"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert!(closed.as_array().unwrap().is_empty(), "{closed}");
        let (status, tok) = json(
            http.get(format!("{base}/tokens/{id}.json"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 200);
        assert_eq!(tok[0]["service_request_id"], id.as_str());

        // Errors: an unknown id, a bad filter, an unknown jurisdiction.
        let (status, err) = json(
            http.get(format!("{base}/requests/1111-1111.json"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 404);
        assert_error(&err, 404);
        let (status, err) = json(
            http.get(format!("{base}/requests.json?status=maybe"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 400);
        assert_error(&err, 400);
        let (status, err) = json(
            http.get(format!("{base}/requests.json?jurisdiction_id=XX"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 404);
        assert_error(&err, 404);

        // The POST rate limit, per key and per address.
        let mut limited = false;
        for _ in 0..12 {
            let resp = http
                .post(format!("{base}/requests.json"))
                .form(&bad)
                .send()
                .await
                .unwrap();
            if resp.status().as_u16() == 429 {
                let (_, err) = json(resp).await;
                assert_error(&err, 429);
                limited = true;
                break;
            }
        }
        assert!(limited, "ten POSTs a minute at most");
        // Behind the proxy, the address is the one the proxy adds last: what a client writes
        // in front of it does not make it someone new.
        // (A fresh address: the ten it is allowed are counted, then the limit.)
        let mut answers = Vec::new();
        for i in 0..12 {
            let resp = http
                .post(format!("{base}/requests.json"))
                .header("x-forwarded-for", format!("10.0.0.{i}, 203.0.113.7"))
                .form(&[("service_code", "security")])
                .send()
                .await
                .unwrap();
            answers.push(resp.status().as_u16());
        }
        assert_eq!(
            answers,
            [403, 403, 403, 403, 403, 403, 403, 403, 403, 403, 429, 429],
            "ten POSTs a minute per address, whatever it forwards"
        );
        server.abort();
        db.cleanup().await;
    }
}

/// Open311 POST by place: `lat`/`long` without `address_id` files the petition for the nearest
/// village with a known place inside the key's area, keeping the point as its place; no such
/// village, or one farther than 20 km, is the spec's 400 saying so.
#[tokio::test]
async fn open311_files_a_request_by_place_for_the_nearest_village_of_the_keys_area() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (addr, server) = serve(&t).await;
        let base = format!("http://{addr}/open311/v2");
        let http = reqwest::Client::new();
        let printed = loathon::admin_ops::open311_key_create(&t.app, "DS")
            .await
            .unwrap();
        let key = find_after(&printed, ": ", 38);
        let post = |lat: &str, long: &str| {
            http.post(format!("{base}/requests.json"))
                .form(&[
                    ("api_key", key.as_str()),
                    ("service_code", "security"),
                    ("lat", lat),
                    ("long", long),
                    ("description", "Cột điện nghiêng sắp đổ."),
                ])
                .send()
        };

        // No village of Dào San has a known place yet.
        let (status, err) = json(post("22.3001", "103.4001").await.unwrap()).await;
        assert_eq!(status, 400, "{err}");
        assert_error(&err, 400);
        assert!(
            err[0]["description"].as_str().unwrap().contains("20 km"),
            "{err}"
        );

        // Bản Tả Phìn (Dào San) and, nearer the point, Bản Gia Khâu (Sì Lở Lầu, not the key's).
        for (code, lat, long) in [("DS-TP", "22.3", "103.4"), ("SLL-GK", "22.31", "103.41")] {
            sqlx::query(sqlx::AssertSqlSafe(format!(
                "UPDATE areas SET latitude = {lat}, longitude = {long} WHERE code = '{code}'"
            )))
            .execute(&t.app.db.pool)
            .await
            .unwrap();
        }
        // Hà Nội is far from every village of the key's area.
        let (status, err) = json(post("21.0285", "105.8542").await.unwrap()).await;
        assert_eq!(status, 400, "{err}");
        assert!(
            err[0]["description"].as_str().unwrap().contains("20 km"),
            "{err}"
        );
        // Not a number.
        let (status, err) = json(post("bắc", "103.4").await.unwrap()).await;
        assert_eq!(status, 400, "{err}");
        assert_error(&err, 400);

        let (status, created) = json(post("22.3101", "103.4101").await.unwrap()).await;
        assert_eq!(status, 201, "{created}");
        let (village, lat, long): (String, f64, f64) = sqlx::query_as(
            "SELECT a.code, x.latitude, x.longitude FROM petitions p \
             JOIN areas a ON a.id = p.village_id \
             JOIN petition_attachments x ON x.petition_id = p.id AND x.kind = 'location' \
             ORDER BY p.id DESC LIMIT 1",
        )
        .fetch_one(&t.app.db.pool)
        .await
        .unwrap();
        assert_eq!(village, "DS-TP");
        assert!((lat - 22.3101).abs() < 1e-6 && (long - 103.4101).abs() < 1e-6);
        // Read back, the request shows its village's place, not the point that was sent.
        let id = created[0]["service_request_id"]
            .as_str()
            .unwrap()
            .to_owned();
        let (status, back) = json(
            http.get(format!("{base}/requests/{id}.json?jurisdiction_id=DS"))
                .send()
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(status, 200, "{back}");
        assert_eq!(back[0]["lat"].as_f64(), Some(22.3), "{back}");
        assert_eq!(back[0]["long"].as_f64(), Some(103.4), "{back}");
        assert_eq!(back[0]["address_id"], "DS-TP", "{back}");
        // The officer reads it with its village and the point.
        let out = t.say("@canbo: /hangdoi").await;
        assert_has(&out, &["Cột điện nghiêng sắp đổ.", "Bản Tả Phìn"]);
        server.abort();
        db.cleanup().await;
    }
}

/// One Open311 XML answer: the HTTP status, the content type and the body.
async fn xml(resp: reqwest::Response) -> (u16, String, String) {
    let status = resp.status().as_u16();
    let kind = resp
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, kind, resp.text().await.unwrap())
}

/// The text of `parent`'s child element `name` (empty for an empty element).
fn child<'a>(parent: roxmltree::Node<'a, '_>, name: &str) -> Option<&'a str> {
    parent
        .children()
        .find(|n| n.has_tag_name(name))
        .map(|n| n.text().unwrap_or(""))
}

/// The root's item elements, after checking the root's name (the spec's XML shape).
fn items<'a>(
    doc: &'a roxmltree::Document<'_>,
    root: &str,
    item: &str,
) -> Vec<roxmltree::Node<'a, 'a>> {
    assert_eq!(doc.root_element().tag_name().name(), root);
    let all: Vec<_> = doc
        .root_element()
        .children()
        .filter(|n| n.is_element())
        .collect();
    assert!(
        all.iter().all(|n| n.has_tag_name(item)),
        "only <{item}> in <{root}>"
    );
    all
}

#[track_caller]
fn assert_xml_error(body: &str, code: u16) {
    let doc = roxmltree::Document::parse(body).unwrap_or_else(|e| panic!("{e}: {body}"));
    let errors = items(&doc, "errors", "error");
    assert_eq!(errors.len(), 1, "{body}");
    assert_eq!(
        child(errors[0], "code"),
        Some(code.to_string().as_str()),
        "{body}"
    );
    assert!(
        child(errors[0], "description").is_some_and(|d| !d.is_empty()),
        "{body}"
    );
}

/// Open311 in XML, as GeoReport v2's examples show it (FixMyStreet's adapter reads and files in
/// XML): every document and error with the spec's element names, well-formed whatever a
/// villager typed, and the same content as the JSON.
#[tokio::test]
async fn open311_answers_in_xml_with_the_specs_element_names() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let typed = "Cống <số 3> & mương \"Nà Lì\" bị tắc";
        let (_, published) = submit(&mut t, typed, false, true).await;
        answer(&mut t, &published, "Xã đã cho người thông cống & mương.").await;
        let (addr, server) = serve(&t).await;
        let base = format!("http://{addr}/open311/v2");
        let http = reqwest::Client::new();
        let get = |path: String| http.get(format!("{base}/{path}")).send();

        let (status, kind, body) = xml(get("services.xml".into()).await.unwrap()).await;
        assert_eq!((status, kind.as_str()), (200, "text/xml; charset=utf-8"));
        assert!(body.starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>"));
        let doc = roxmltree::Document::parse(&body).unwrap();
        let services = items(&doc, "services", "service");
        let security = services
            .iter()
            .find(|s| child(**s, "service_code") == Some("security"))
            .unwrap_or_else(|| panic!("{body}"));
        assert_eq!(child(*security, "service_name"), Some("An ninh, trật tự"));
        assert_eq!(child(*security, "metadata"), Some("false"));
        assert_eq!(child(*security, "type"), Some("realtime"));
        assert!(child(*security, "keywords").is_some(), "{body}");
        assert!(
            services
                .iter()
                .all(|s| child(*s, "service_code") != Some("complaint"))
        );

        let (status, _, body) = xml(get("services/security.xml".into()).await.unwrap()).await;
        assert_eq!(status, 200);
        let doc = roxmltree::Document::parse(&body).unwrap();
        assert_eq!(doc.root_element().tag_name().name(), "service_definition");
        assert_eq!(child(doc.root_element(), "service_code"), Some("security"));
        assert!(child(doc.root_element(), "attributes").is_some(), "{body}");
        let (status, _, body) = xml(get("services/nope.xml".into()).await.unwrap()).await;
        assert_eq!(status, 404);
        assert_xml_error(&body, 404);

        // The published petition reads back with what was typed, markup and all.
        let (status, _, body) = xml(get(format!(
            "requests.xml?jurisdiction_id=DS&service_request_id={published}"
        ))
        .await
        .unwrap())
        .await;
        assert_eq!(status, 200, "{body}");
        let doc = roxmltree::Document::parse(&body).unwrap_or_else(|e| panic!("{e}: {body}"));
        let list = items(&doc, "service_requests", "request");
        assert_eq!(list.len(), 1, "{body}");
        assert_eq!(
            child(list[0], "service_request_id"),
            Some(published.as_str())
        );
        assert_eq!(child(list[0], "description"), Some(typed));
        assert_eq!(child(list[0], "status"), Some("closed"));
        assert_eq!(
            child(list[0], "status_notes"),
            Some("Xã đã cho người thông cống & mương.")
        );
        assert_eq!(
            child(list[0], "agency_responsible"),
            Some("Công an xã Dào San")
        );
        assert_eq!(
            child(list[0], "zipcode"),
            Some(""),
            "null is an empty element"
        );

        // Filed in XML, read back by id and by token in XML.
        let printed = loathon::admin_ops::open311_key_create(&t.app, "DS")
            .await
            .unwrap();
        let key = find_after(&printed, ": ", 38);
        let post = |path: &str, key: &str| {
            http.post(format!("{base}/{path}"))
                .form(&[
                    ("api_key", key),
                    ("service_code", "security"),
                    ("address_id", "DS-TP"),
                    ("description", "Đèn đường hỏng, đêm tối có trộm."),
                ])
                .send()
        };
        let (status, _, body) = xml(post("requests.xml", "sai").await.unwrap()).await;
        assert_eq!(status, 403);
        assert_xml_error(&body, 403);
        let (status, kind, body) = xml(post("requests.xml", &key).await.unwrap()).await;
        assert_eq!(
            (status, kind.as_str()),
            (201, "text/xml; charset=utf-8"),
            "{body}"
        );
        let doc = roxmltree::Document::parse(&body).unwrap();
        let created = items(&doc, "service_requests", "request");
        let id = child(created[0], "service_request_id").unwrap().to_owned();
        assert_eq!(child(created[0], "token"), Some(id.as_str()));
        assert_eq!(child(created[0], "account_id"), Some(""));
        let out = t.say("@canbo: /hangdoi").await;
        assert_has(&out, &["Đèn đường hỏng, đêm tối có trộm."]);

        let (status, _, body) = xml(get(format!("requests/{id}.xml?jurisdiction_id=DS"))
            .await
            .unwrap())
        .await;
        assert_eq!(status, 200, "{body}");
        let doc = roxmltree::Document::parse(&body).unwrap();
        let one = items(&doc, "service_requests", "request");
        assert_eq!(child(one[0], "service_request_id"), Some(id.as_str()));
        assert_eq!(child(one[0], "status"), Some("open"));
        assert_eq!(child(one[0], "address_id"), Some("DS-TP"));
        assert_eq!(child(one[0], "description"), Some(""), "not published");
        let (status, _, body) = xml(get(format!("tokens/{id}.xml")).await.unwrap()).await;
        assert_eq!(status, 200);
        let doc = roxmltree::Document::parse(&body).unwrap();
        assert_eq!(
            child(items(&doc, "service_requests", "request")[0], "token"),
            Some(id.as_str())
        );

        // Errors in the format asked for; a path with no format gets JSON.
        let (status, _, body) = xml(get("requests/1111-1111.xml".into()).await.unwrap()).await;
        assert_eq!(status, 404);
        assert_xml_error(&body, 404);
        let (status, _, body) = xml(get("requests.xml?status=maybe".into()).await.unwrap()).await;
        assert_eq!(status, 400);
        assert_xml_error(&body, 400);
        let (status, _, body) = xml(post("services.xml", &key).await.unwrap()).await;
        assert_eq!(status, 405);
        assert_xml_error(&body, 405);
        let read_only = post(&format!("requests/{id}.xml"), &key).await.unwrap();
        assert_eq!(
            read_only
                .headers()
                .get("allow")
                .map(|v| v.to_str().unwrap()),
            Some("GET")
        );
        let (status, _, body) = xml(read_only).await;
        assert_eq!(status, 405);
        assert_xml_error(&body, 405);
        // A body that is not a form: the spec's 400, in XML still.
        let not_a_form = http
            .post(format!("{base}/requests.xml"))
            .header("content-type", "application/json")
            .body("{\"service_code\": \"security\"}")
            .send()
            .await
            .unwrap();
        let (status, _, body) = xml(not_a_form).await;
        assert_eq!(status, 400);
        assert_xml_error(&body, 400);
        let (status, err) = json(get("requests.html".into()).await.unwrap()).await;
        assert_eq!(status, 400);
        assert_error(&err, 400);
        server.abort();
        db.cleanup().await;
    }
}

/// An Open311 key is numbered, listed without the key, revoked at once on the command line,
/// and both its issue and its revocation are in the audit log.
#[tokio::test]
async fn an_open311_key_is_listed_revoked_and_audited() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        cast(&mut t).await;
        let (addr, server) = serve(&t).await;
        let http = reqwest::Client::new();
        let printed = loathon::admin_ops::open311_key_create(&t.app, "DS")
            .await
            .unwrap();
        let key = find_after(&printed, ": ", 38);
        let id: i64 = find_after(&printed, "Khóa Open311 số ", 1).parse().unwrap();
        let post = || {
            http.post(format!("http://{addr}/open311/v2/requests.json"))
                .form(&[
                    ("api_key", key.as_str()),
                    ("service_code", "security"),
                    ("address_id", "DS-TP"),
                    ("description", "Cột điện nghiêng sắp đổ."),
                ])
                .send()
        };
        assert_eq!(post().await.unwrap().status().as_u16(), 201);

        let list = loathon::admin_ops::open311_keys(&t.app).await.unwrap();
        assert_has(&list, &[&format!("{id}  DS"), "đang dùng"]);
        assert_lacks(&list, &[&key]);
        let done = loathon::admin_ops::open311_key_revoke(&t.app, id)
            .await
            .unwrap();
        assert_has(&done, &[&format!("Đã thu hồi khóa Open311 số {id}.")]);
        let again = loathon::admin_ops::open311_key_revoke(&t.app, id)
            .await
            .unwrap();
        assert_has(&again, &["đã bị thu hồi từ trước"]);
        assert!(
            loathon::admin_ops::open311_key_revoke(&t.app, 999)
                .await
                .is_err()
        );
        assert_has(
            &loathon::admin_ops::open311_keys(&t.app).await.unwrap(),
            &["thu hồi"],
        );

        let (status, err) = json(post().await.unwrap()).await;
        assert_eq!(status, 403, "a revoked key files nothing: {err}");
        let audited: Vec<String> =
            sqlx::query_scalar("SELECT action FROM audit_log WHERE subject = $1 ORDER BY id")
                .bind(format!("open311_key:{id}"))
                .fetch_all(&t.app.db.pool)
                .await
                .unwrap();
        assert_eq!(audited, ["open311.key_create", "open311.key_revoke"]);
        server.abort();
        db.cleanup().await;
    }
}
