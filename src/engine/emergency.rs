//! Emergencies from the villager's side: whom to call, at once, before anything is written.
//!
//! ```text
//! người dân: 🚨 Khẩn cấp, nguy hiểm
//! bot:       🚨 Nếu đang có nguy hiểm đến tính mạng, tài sản (sạt lở, lũ, cháy, bạo lực…), xin
//!            bạn GỌI NGAY:
//!            📞 Công an xã Dào San: 0213 …
//!            📞 UBND xã Dào San (trực ban): 0213 …
//!            📞 Công an: 113
//!            📞 Cứu hỏa, cứu nạn cứu hộ: 114
//!            📞 Cấp cứu y tế: 115
//!            Gọi xong, bạn có thể báo ngay tại đây …
//! ```

use super::{EngineError, Reply, Text, Turn};
use crate::i18n::Msg;
use crate::services::emergency;

/// Tells the person the numbers for their village (the commune's, then the national ones);
/// with `then_write`, that they may also report here, in a few words, what is happening.
pub(super) async fn call_now(turn: &mut Turn<'_>, then_write: bool) -> Result<(), EngineError> {
    let village = turn.person.village_id;
    let phones = emergency::numbers(&mut turn.cx(), village).await?;
    let lines: Vec<String> = phones
        .iter()
        .map(|p| {
            let id = if p.placeholder {
                "emergency-phone-placeholder"
            } else {
                "emergency-phone"
            };
            let line = Msg::new(id)
                .arg("name", p.name.clone())
                .arg("number", p.number.clone());
            turn.i18n.render(&turn.locale, &line)
        })
        .collect();
    let mut reply = if lines.is_empty() {
        Reply::new("emergency-call-fallback")
    } else {
        Reply::new("emergency-call-now").then(Text::Plain(lines.join("\n")))
    };
    if then_write {
        reply = reply.then("emergency-then-write");
    }
    // The numbers are read whole, before anything else.
    turn.say(reply.alone());
    Ok(())
}
