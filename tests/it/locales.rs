//! Every vi message renders; no language has messages vi lacks; plurals work everywhere.

use loathon::domain::LocaleTag;
use std::path::Path;
use std::process::Command;

use loathon::i18n::{LocaleSource, Localizer, Msg, coverage};

use crate::helpers::{assert_has, backends, spawn_app};

#[test]
fn the_shipped_locales_have_no_coverage_failures() {
    let sources = LocaleSource::embedded().unwrap();
    let report = coverage::report(&sources);
    assert!(!report.has_failures(), "{}", report.render(true));
    let vi = report
        .languages
        .iter()
        .find(|l| l.tag.as_ref().is_some_and(|t| t.is_source()))
        .unwrap();
    assert!(vi.missing.is_empty());
    let hnj = report
        .languages
        .iter()
        .find(|l| l.tag.as_ref().is_some_and(|t| t.as_str() == "hnj-x-rpa"))
        .unwrap();
    assert!(hnj.draft, "H'Mông is marked as a draft awaiting review");
}

#[test]
fn every_vi_message_renders_in_every_language_without_showing_an_id() {
    let loc = Localizer::embedded().unwrap();
    let sources = LocaleSource::embedded().unwrap();
    let vi = sources.iter().find(|s| s.tag.is_source()).unwrap();
    let messages = coverage::message_variables(vi);
    assert!(messages.len() > 100, "found {} messages", messages.len());
    for lang in loc.languages() {
        for (id, vars) in &messages {
            for n in [1, 7] {
                let msg = coverage::sample_msg(id, vars, n);
                let text = loc.render(&lang.tag, &msg);
                assert!(
                    !text.is_empty() && !text.contains(id.as_str()),
                    "{} {id}: {text:?}",
                    lang.tag
                );
                assert!(
                    loc.formats_cleanly(&LocaleTag::vi(), &msg),
                    "vi {id} fails to format"
                );
            }
        }
    }
}

/// A person's profile names each of their roles by `role-<name>`: every role has its name.
#[test]
fn every_role_has_a_name_in_vi() {
    let loc = Localizer::embedded().unwrap();
    for role in loathon::domain::Role::ALL {
        let msg = Msg::new(format!("role-{}", role.as_str())).arg("scope", "Bản Tả Phìn");
        assert!(loc.formats_cleanly(&LocaleTag::vi(), &msg), "role-{role}");
        assert!(loc.render(&LocaleTag::vi(), &msg).contains("(Bản Tả Phìn)"));
    }
}

#[test]
fn a_plural_message_renders_in_every_locale() {
    let loc = Localizer::embedded().unwrap();
    for lang in loc.languages() {
        // An empty draft (hnj-x-vn1961) has nothing of its own yet.
        if !loc.has_own(&lang.tag, "menu-title") {
            continue;
        }
        for n in [0i64, 1, 2, 5, 21] {
            let msg = Msg::new("place-several-found").arg("count", n);
            assert!(
                loc.has_own(&lang.tag, "place-several-found"),
                "{} lacks the plural sample",
                lang.tag
            );
            assert!(
                loc.formats_cleanly(&lang.tag, &msg),
                "{} fails for {n}",
                lang.tag
            );
            let text = loc.render(&lang.tag, &msg);
            assert!(text.contains(&n.to_string()), "{}: {text}", lang.tag);
        }
    }
}

#[test]
fn a_missing_or_broken_translation_falls_back_to_vietnamese() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("vi")).unwrap();
    std::fs::create_dir_all(dir.path().join("tyz")).unwrap();
    std::fs::write(
        dir.path().join("vi/a.ftl"),
        "language-name = Tiếng Việt\nhello = Xin chào { $name }\nbye = Tạm biệt\nerror-internal = Lỗi\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("tyz/a.ftl"),
        "# DRAFT\nlanguage-name = Tày\nhello = Pây lẩu { $nam }\n",
    )
    .unwrap();
    let loc = Localizer::from_dir(dir.path()).unwrap();
    let tyz = LocaleTag::parse("tyz").unwrap();
    // broken: the translation uses a variable that is not passed
    assert_eq!(
        loc.render(&tyz, &Msg::new("hello").arg("name", "Lan")),
        "Xin chào Lan"
    );
    // missing
    assert_eq!(loc.render(&tyz, &Msg::new("bye")), "Tạm biệt");
    // missing everywhere: never the raw id
    assert_eq!(loc.render(&tyz, &Msg::new("nowhere")), "Lỗi");

    let report = coverage::report(&LocaleSource::read_dir(dir.path()).unwrap());
    let tyz_report = report
        .languages
        .iter()
        .find(|l| l.tag.as_ref() == Some(&tyz))
        .unwrap();
    assert!(
        tyz_report.errors.iter().any(|e| e.contains("$nam")),
        "{:?}",
        tyz_report.errors
    );
    assert!(report.has_failures());
}

#[test]
fn a_key_vi_lacks_fails_the_report() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("vi")).unwrap();
    std::fs::create_dir_all(dir.path().join("hnj")).unwrap();
    std::fs::write(dir.path().join("vi/a.ftl"), "language-name = Tiếng Việt\n").unwrap();
    std::fs::write(
        dir.path().join("hnj/a.ftl"),
        "# DRAFT\nlanguage-name = Hmoob\nextra = Ntxiv\n",
    )
    .unwrap();
    let report = coverage::report(&LocaleSource::read_dir(dir.path()).unwrap());
    assert!(report.has_failures());
    assert!(report.render(false).contains("obsolete: extra"));
}

/// A copy of the shipped locales in a temporary folder, as an operator's LOATHON_LOCALES_DIR.
fn copy_locales() -> tempfile::TempDir {
    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for e in std::fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            let target = to.join(e.file_name());
            if e.path().is_dir() {
                copy(&e.path(), &target);
            } else {
                std::fs::copy(e.path(), target).unwrap();
            }
        }
    }
    let dir = tempfile::tempdir().unwrap();
    copy(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"),
        dir.path(),
    );
    dir
}

fn locales_cmd(dir: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_loathon"));
    cmd.env("LOATHON_LOCALES_DIR", dir)
        .env_remove("LOATHON_CONFIG")
        .env_remove("TELOXIDE_TOKEN")
        .env("RUST_LOG", "error")
        .current_dir(dir)
        .arg("locales");
    cmd
}

fn read_csv(path: &Path) -> Vec<csv::StringRecord> {
    let bytes = std::fs::read(path).unwrap();
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "UTF-8 BOM first");
    let mut r = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "id",
            "context",
            "vietnamese",
            "translation",
            "status",
            "vi_hash"
        ]
    );
    r.records().map(|r| r.unwrap()).collect()
}

fn write_csv(path: &Path, rows: &[csv::StringRecord]) {
    let mut w = csv::Writer::from_path(path).unwrap();
    w.write_record([
        "id",
        "context",
        "vietnamese",
        "translation",
        "status",
        "vi_hash",
    ])
    .unwrap();
    for r in rows {
        w.write_record(r).unwrap();
    }
    w.flush().unwrap();
}

fn set_translation(rows: &mut [csv::StringRecord], id: &str, text: &str) {
    let row = rows.iter_mut().find(|r| &r[0] == id).unwrap();
    let mut fields: Vec<String> = row.iter().map(String::from).collect();
    fields[3] = text.to_string();
    *row = csv::StringRecord::from(fields);
}

#[test]
fn export_edit_import_round_trip_then_a_vi_edit_shows_as_changed() {
    let dir = copy_locales();
    let csv_path = dir.path().join("loathon-hnj-x-vn1961.csv");
    let out = locales_cmd(dir.path())
        .args([
            "export",
            "--lang",
            "hnj-x-vn1961",
            "--only-missing",
            "--out",
        ])
        .arg(&csv_path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut rows = read_csv(&csv_path);
    let vi = LocaleSource::read_dir(dir.path()).unwrap();
    let total = coverage::message_variables(vi.iter().find(|s| s.tag.is_source()).unwrap()).len();
    assert_eq!(rows.len(), total, "an empty draft misses every message");
    let place = rows.iter().find(|r| &r[0] == "place-set").unwrap();
    assert!(
        place[1].contains("$village"),
        "the context explains variables: {:?}",
        &place[1]
    );
    assert_eq!(&place[4], "chưa dịch");
    // The translator fills two rows in a spreadsheet (invented test strings, not H'Mông).
    set_translation(&mut rows, "menu-title", "TEST menu title");
    set_translation(&mut rows, "place-set", "TEST { $village }, { $commune }.");
    write_csv(&csv_path, &rows);
    let out = locales_cmd(dir.path())
        .arg("import")
        .arg(&csv_path)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_has(
        &stdout,
        &["2 added", "added: menu-title", "added: place-set"],
    );
    let menu = std::fs::read_to_string(dir.path().join("hnj-x-vn1961/menu.ftl")).unwrap();
    assert!(menu.contains("# vi-hash: "), "{menu}");
    assert!(menu.contains("menu-title = TEST menu title"), "{menu}");

    let loc = Localizer::from_dir(dir.path()).unwrap();
    let tag = loathon::domain::LocaleTag::parse("hnj-x-vn1961").unwrap();
    assert_eq!(loc.render(&tag, &Msg::new("menu-title")), "TEST menu title");
    assert_eq!(
        loc.render(
            &tag,
            &Msg::new("place-set")
                .arg("village", "Bản A")
                .arg("commune", "Xã B")
        ),
        "TEST Bản A, Xã B."
    );
    // Untranslated: Vietnamese, not the RPA bundle.
    assert!(
        loc.render(&tag, &Msg::new("welcome"))
            .starts_with("Xin chào!")
    );

    // Nothing changed yet.
    let out = locales_cmd(dir.path()).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(!String::from_utf8_lossy(&out.stdout).contains("changed since translated"));

    // The Vietnamese of menu-title is edited: the translation shows as changed.
    let vi_menu = dir.path().join("vi/menu.ftl");
    let text = std::fs::read_to_string(&vi_menu).unwrap();
    std::fs::write(
        &vi_menu,
        text.replace(
            "menu-title = Bạn muốn làm gì?",
            "menu-title = Bạn cần làm gì?",
        ),
    )
    .unwrap();
    let out = locales_cmd(dir.path()).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_has(&stdout, &["changed since translated: menu-title"]);
    assert!(!stdout.contains("changed since translated: place-set"));
    let changed = dir.path().join("changed.csv");
    let out = locales_cmd(dir.path())
        .args(["export", "--lang", "hnj-x-vn1961", "--changed", "--out"])
        .arg(&changed)
        .output()
        .unwrap();
    assert!(out.status.success());
    let rows = read_csv(&changed);
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][0], "menu-title");
    assert_eq!(&rows[0][2], "Bạn cần làm gì?");
    assert_eq!(&rows[0][3], "TEST menu title");
}

#[test]
fn a_broken_row_refuses_the_file_naming_its_line() {
    let dir = copy_locales();
    let csv_path = dir.path().join("t.csv");
    let out = locales_cmd(dir.path())
        .args(["export", "--lang", "hnj-x-vn1961", "--out"])
        .arg(&csv_path)
        .output()
        .unwrap();
    assert!(out.status.success());
    let mut rows = read_csv(&csv_path);
    set_translation(&mut rows, "menu-title", "TEST fine");
    // A variable that vi does not pass, a broken brace, and an id that does not exist.
    set_translation(&mut rows, "place-set", "TEST { $vilage }");
    let broken_line = 2 + rows.iter().position(|r| &r[0] == "place-set").unwrap();
    set_translation(&mut rows, "menu-help", "TEST { oops");
    let mut fields: Vec<String> = rows[0].iter().map(String::from).collect();
    fields[0] = "no-such-message".into();
    fields[3] = "x".into();
    rows.push(csv::StringRecord::from(fields));
    write_csv(&csv_path, &rows);
    let before = std::fs::read_dir(dir.path().join("hnj-x-vn1961"))
        .unwrap()
        .count();
    let out = locales_cmd(dir.path())
        .args(["import", "--lang", "hnj-x-vn1961"])
        .arg(&csv_path)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_has(
        &stderr,
        &[
            "refused, nothing was written",
            "menu-help: not valid Fluent",
            "no-such-message: no such message in Vietnamese",
        ],
    );
    assert!(
        stderr
            .lines()
            .any(|l| l.contains(&format!("row {broken_line} (line "))
                && l.contains("place-set: uses the variables [{ $vilage }]")),
        "{stderr}"
    );
    let after = std::fs::read_dir(dir.path().join("hnj-x-vn1961"))
        .unwrap()
        .count();
    assert_eq!(before, after, "no file written");
}

#[test]
fn two_hmong_orthographies_have_their_own_fallback_and_old_tags_still_work() {
    use loathon::domain::LocaleTag;
    let loc = Localizer::embedded().unwrap();
    let rpa = LocaleTag::parse("hnj-x-rpa").unwrap();
    let v1961 = LocaleTag::parse("hnj-x-vn1961").unwrap();
    let vi = LocaleTag::vi();
    assert_eq!(loc.chain(&rpa), vec![rpa.clone(), vi.clone()]);
    assert_eq!(loc.chain(&v1961), vec![v1961.clone(), vi.clone()]);
    assert_eq!(
        loc.render(&rpa, &Msg::new("menu-title")),
        "Koj xav ua dab tsi?"
    );
    assert_eq!(
        loc.render(&v1961, &Msg::new("menu-title")),
        "Bạn muốn làm gì?"
    );
    // People stored with `hnj` before this change read the RPA bundle.
    let old = LocaleTag::parse("hnj").unwrap();
    assert_eq!(loc.canonical(&old), Some(rpa.clone()));
    assert_eq!(
        loc.render(&old, &Msg::new("menu-title")),
        "Koj xav ua dab tsi?"
    );
    let names: Vec<(&str, bool)> = loc
        .languages()
        .iter()
        .map(|l| (l.own_name.as_str(), l.draft))
        .collect();
    assert_eq!(
        names,
        [
            ("Tiếng Việt", false),
            ("Hmoob (H'Mông)", true),
            ("Hmôngz (chữ 1961)", true)
        ]
    );
}

#[tokio::test]
async fn the_picker_shows_own_names_and_draft_marks_and_the_1961_script_is_selectable() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        let out = t.say("/start").await;
        assert_has(
            &out,
            &[
                "[1] Tiếng Việt\n",
                "[2] Hmoob (H'Mông) 🚧 nháp",
                "[3] Hmôngz (chữ 1961) 🚧 nháp",
            ],
        );
        let out = t.say("[3]").await;
        assert_has(
            &out,
            &[
                "Đã chọn ngôn ngữ: Hmôngz (chữ 1961).",
                "🚧 Bản Hmôngz (chữ 1961) là bản nháp",
                // Nothing translated: Vietnamese, not the RPA text.
                "Bạn ở xã nào?",
            ],
        );
        let mut conn = t.app.db.pool.acquire().await.unwrap();
        let language: Option<String> =
            sqlx::query_scalar("SELECT language FROM people WHERE external_id = 'lan'")
                .fetch_one(&mut *conn)
                .await
                .unwrap();
        assert_eq!(language.as_deref(), Some("hnj-x-vn1961"), "{}", db.label);
        drop(conn);
        db.cleanup().await;
    }
}

#[test]
fn a_duplicate_key_fails_the_report() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("vi")).unwrap();
    std::fs::write(
        dir.path().join("vi/a.ftl"),
        "# test\nlanguage-name = Tiếng Việt\n# test\nhello = Xin chào\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("vi/b.ftl"), "# test\nhello = Chào\n").unwrap();
    let report = coverage::report(&LocaleSource::read_dir(dir.path()).unwrap());
    assert!(report.has_failures());
    assert!(
        report.render(false).contains("duplicate key hello"),
        "{}",
        report.render(false)
    );
}

#[test]
fn a_vi_message_without_context_fails_and_a_folder_without_vi_uses_the_compiled_one() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("vi")).unwrap();
    std::fs::write(dir.path().join("vi/a.ftl"), "language-name = Tiếng Việt\n").unwrap();
    let report = coverage::report(&LocaleSource::read_dir(dir.path()).unwrap());
    assert!(report.render(false).contains("language-name (") && report.has_failures());

    // Only a translation in the folder: vi comes from the binary.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("tyz")).unwrap();
    std::fs::write(
        dir.path().join("tyz/locale.toml"),
        "name = \"Tày\"\nstatus = \"draft\"\nfallback = [\"vi\"]\n",
    )
    .unwrap();
    let out = locales_cmd(dir.path()).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert_has(
        &stdout,
        &["tyz", "draft (awaiting native review)", "main.ftl"],
    );
}

#[tokio::test]
async fn gaps_count_people_and_groups_whose_language_has_no_bundle() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        // Two people of Bản Cò Ký (Hà Nhì) and one of Bản Nà Luồng (Thái) pick Vietnamese: the
        // only language they can read here.
        t.onboard_as("a", "co ky").await;
        t.onboard_as("b", "co ky").await;
        t.onboard_as("c", "na luong").await;
        t.onboard_as("d", "gia khau").await;
        let mut conn = t.app.db.pool.acquire().await.unwrap();
        let gaps = loathon::services::language_gaps::gaps(&mut conn, &t.app.i18n)
            .await
            .unwrap();
        drop(conn);
        let text = loathon::services::language_gaps::render(&t.app.i18n, &gaps);
        assert_has(
            &text,
            &[
                "• Bản Cò Ký (SLL-CK), tiếng Hà Nhì (hni): 2 người, 0 nhóm — chưa có bản dịch, đọc tiếng Việt.",
                "• Bản Nà Luồng (BL-NL), tiếng Thái Đen (blt): 1 người, 0 nhóm — chưa có bản dịch, đọc tiếng Việt.",
                "Tổng cộng chưa có bản dịch: 3 người, 0 nhóm.",
            ],
        );
        assert!(!text.contains("Gia Khâu"), "{text}");
        db.cleanup().await;
    }
}

#[tokio::test]
async fn the_broadcast_preview_counts_who_reads_vietnamese_for_want_of_a_translation() {
    for db in backends().await {
        let mut t = spawn_app(&db).await;
        t.onboard_vi().await;
        t.onboard_as("a", "co ky").await;
        t.onboard_as("b", "co ky").await;
        t.say("/thongbao").await;
        t.say("Soạn thông báo mới").await;
        let out = t.say("Xã Sì Lở Lầu").await;
        assert_has(&out, &["Đã chọn:"]);
        t.say("Tiếp ›").await;
        t.say("Cả hai").await;
        t.say("Tất cả ngôn ngữ").await;
        let out = t.say("Chiều nay họp bản.").await;
        assert_has(
            &out,
            &[
                "Xem trước",
                "⚠️ tiếng Hà Nhì (hni): chưa có bản dịch; 2 người và 0 nhóm ở 1 thôn, bản sẽ đọc tiếng Việt.",
            ],
        );
        db.cleanup().await;
    }
}
