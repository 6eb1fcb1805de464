//! Every vi message renders; no language has messages vi lacks; plurals work everywhere.

use loathon::domain::LocaleTag;
use loathon::i18n::{LocaleSource, Localizer, Msg, coverage};

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
        .find(|l| l.tag.as_ref().is_some_and(|t| t.as_str() == "hnj"))
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

#[test]
fn a_plural_message_renders_in_every_locale() {
    let loc = Localizer::embedded().unwrap();
    for lang in loc.languages() {
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
