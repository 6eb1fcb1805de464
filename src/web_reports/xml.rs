//! Open311's XML form of a document: the same fields as its JSON, under the spec's element
//! names (`<services><service>…`, `<service_requests><request>…`, `<errors><error>…`). An
//! array inside a document (a service definition's `attributes`) holds one element per item,
//! named in the singular (`<attributes><attribute>…`); `null` is an empty element.

use std::fmt::Write as _;

use serde_json::Value;

/// The whole document: `items` names the elements of a top-level array inside `root`; a
/// top-level object is `root` itself.
pub fn document(root: &str, items: Option<&str>, body: &Value) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    match (items, body) {
        (Some(item), Value::Array(list)) => {
            let _ = write!(out, "<{root}>");
            for v in list {
                element(&mut out, item, v);
            }
            let _ = write!(out, "</{root}>");
        }
        _ => element(&mut out, root, body),
    }
    out.push('\n');
    out
}

/// One element. Names come from this crate's own field names, never from input.
fn element(out: &mut String, name: &str, v: &Value) {
    debug_assert!(
        name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_'),
        "{name}"
    );
    match v {
        Value::Null => {
            let _ = write!(out, "<{name}/>");
        }
        Value::Object(map) => {
            let _ = write!(out, "<{name}>");
            for (k, v) in map {
                element(out, k, v);
            }
            let _ = write!(out, "</{name}>");
        }
        Value::Array(list) => {
            let _ = write!(out, "<{name}>");
            let item = name.strip_suffix('s').unwrap_or("item");
            for v in list {
                element(out, item, v);
            }
            let _ = write!(out, "</{name}>");
        }
        Value::String(s) => {
            let _ = write!(out, "<{name}>");
            text(out, s);
            let _ = write!(out, "</{name}>");
        }
        Value::Bool(_) | Value::Number(_) => {
            let _ = write!(out, "<{name}>{v}</{name}>");
        }
    }
}

/// Character data: markup escaped, and the characters XML 1.0 cannot carry at all (control
/// characters other than tab and line breaks, U+FFFE, U+FFFF) left out, so that whatever a
/// villager typed, the document stays well-formed.
fn text(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            // A bare carriage return would be read back as a line feed.
            '\r' => out.push_str("&#13;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::document;

    #[test]
    fn a_list_is_the_root_with_one_element_per_item() {
        let body = json!([{ "service_code": "security", "metadata": false, "lat": null }]);
        assert_eq!(
            document("services", Some("service"), &body),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<services><service>\
             <lat/><metadata>false</metadata><service_code>security</service_code>\
             </service></services>\n"
        );
        assert!(
            document("errors", Some("error"), &json!([])).ends_with("<errors></errors>\n"),
            "an empty list is an empty root"
        );
    }

    #[test]
    fn an_object_is_the_root_and_its_arrays_hold_singular_elements() {
        let body = json!({ "service_code": "x", "attributes": [{ "code": "a" }] });
        assert!(document("service_definition", None, &body).contains(
            "<service_definition><attributes><attribute><code>a</code></attribute>\
                 </attributes><service_code>x</service_code></service_definition>"
        ));
    }

    #[test]
    fn text_is_escaped_and_what_xml_cannot_carry_is_left_out() {
        let body = json!([{ "description": "a < b & c > d\u{1}\u{b}\r\n\tđ\u{FFFF}" }]);
        assert!(
            document("r", Some("i"), &body)
                .contains("<description>a &lt; b &amp; c &gt; d&#13;\n\tđ</description>")
        );
    }
}
