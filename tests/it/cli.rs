//! The `loathon` binary as a newcomer runs it.

use std::io::Write;
use std::process::{Command, Stdio};

fn loathon(db: &str) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_loathon"));
    cmd.env("DATABASE_URL", db)
        .env_remove("TELOXIDE_TOKEN")
        .env_remove("LOATHON_CONFIG")
        .env("RUST_LOG", "error")
        .current_dir(std::env::temp_dir());
    cmd
}

#[test]
fn console_reads_a_script_from_stdin_and_exits_at_its_end() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("data/loathon.db").display());
    let mut child = loathon(&db)
        .arg("console")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("/start\n[1]\nta phin\nĐồng ý\n@can_bo: /start\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    for expected in [
        "Mời bạn chọn ngôn ngữ:\n[1] Tiếng Việt\n[2] Hmoob (H'Mông) 🚧 nháp\n[3] Hmôngz (chữ 1961) 🚧 nháp\n",
        "Đã ghi nhận: bạn ở Bản Tả Phìn, Xã Dào San.",
        "Bạn đã đăng ký xong.",
        "@can_bo:\nXin chào!",
    ] {
        assert!(stdout.contains(expected), "{expected:?} not in:\n{stdout}");
    }
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("made console:lan its admin"), "{stderr}");
    assert!(
        dir.path().join("data/loathon.db").exists(),
        "the SQLite file and its folder are created"
    );
}

#[test]
fn seed_admin_and_locales_commands_work() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("x.db").display());
    let first = loathon(&db).arg("seed").output().unwrap();
    assert!(first.status.success());
    let text = String::from_utf8_lossy(&first.stdout);
    assert!(text.contains("areas          added  14"), "{text}");
    let second = loathon(&db).arg("seed").output().unwrap();
    assert!(String::from_utf8_lossy(&second.stdout).contains("nothing to change"));

    let grant = loathon(&db)
        .args(["admin", "grant", "telegram:123456789", "--area", "SLL"])
        .output()
        .unwrap();
    assert!(
        grant.status.success(),
        "{}",
        String::from_utf8_lossy(&grant.stderr)
    );
    let list = loathon(&db).args(["admin", "list"]).output().unwrap();
    assert!(String::from_utf8_lossy(&list.stdout).contains("telegram:123456789\tXã Sì Lở Lầu"));

    let bad = loathon(&db)
        .args(["admin", "grant", "nobody"])
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("<channel>:<id>"));

    let locales = loathon(&db).arg("locales").output().unwrap();
    assert!(locales.status.success());
    assert!(String::from_utf8_lossy(&locales.stdout).contains("draft (awaiting native review)"));
}

#[test]
fn serve_never_loads_demo_data_unless_asked() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("s.db").display());
    let migrate = loathon(&db).arg("migrate").output().unwrap();
    assert!(migrate.status.success());
    // serve binds; use port 0 and stop it right away
    let mut child = loathon(&db)
        .arg("serve")
        .env("LOATHON_HTTP_ADDR", "127.0.0.1:0")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let mut reader = std::io::BufReader::new(child.stdout.take().unwrap());
    std::io::BufRead::read_line(&mut reader, &mut line).unwrap();
    assert!(line.contains("serving http://127.0.0.1:"), "{line}");
    let mut rest = String::new();
    for _ in 0..3 {
        std::io::BufRead::read_line(&mut reader, &mut rest).unwrap();
    }
    assert!(rest.contains("channel telegram: not configured"), "{rest}");
    child.kill().unwrap();
    child.wait().unwrap();
    let list = loathon(&db).args(["admin", "list"]).output().unwrap();
    assert!(String::from_utf8_lossy(&list.stdout).contains("no admins yet"));
}

#[test]
fn broadcast_commands_send_schedule_list_and_cancel() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("b.db").display());
    assert!(loathon(&db).arg("seed").output().unwrap().status.success());
    let sent = loathon(&db)
        .args([
            "broadcast",
            "send",
            "--area",
            "DS",
            "--audience",
            "groups",
            "--text",
            "Họp thôn",
            "--no-wait",
        ])
        .output()
        .unwrap();
    assert!(
        sent.status.success(),
        "{}",
        String::from_utf8_lossy(&sent.stderr)
    );
    assert!(String::from_utf8_lossy(&sent.stdout).contains("Thông báo số 1: 0 nơi nhận."));
    let past = loathon(&db)
        .args([
            "broadcast",
            "send",
            "--area",
            "DS",
            "--text",
            "x",
            "--at",
            "07:00 01/01/2020",
        ])
        .output()
        .unwrap();
    assert!(!past.status.success());
    assert!(String::from_utf8_lossy(&past.stderr).contains("in the past"));
    let later = loathon(&db)
        .args([
            "broadcast",
            "send",
            "--area",
            "SLL",
            "--text",
            "Sau",
            "--variant",
            "hnj=HNJ",
            "--at",
            "07:00 01/01/2099",
        ])
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&later.stdout)
            .contains("Thông báo số 2 được hẹn gửi lúc 07:00 01/01/2099.")
    );
    let cancel = loathon(&db)
        .args(["broadcast", "cancel", "2"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&cancel.stdout).contains("Đã hủy thông báo số 2."));
    let list = loathon(&db).args(["broadcast", "list"]).output().unwrap();
    let list = String::from_utf8_lossy(&list.stdout);
    assert!(
        list.contains("Thông báo số 2 (đã hủy)") && list.contains("Thông báo số 1"),
        "{list}"
    );
}
