//! Time comes from an injected clock, so deadline and escalation logic is tested without sleeping.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

/// Where times are shown to people.
pub const LOCAL_TZ: Tz = chrono_tz::Asia::Ho_Chi_Minh;

/// "dd/mm/yyyy hh:mm" in Asia/Ho_Chi_Minh → unix ms.
pub fn parse_local(text: &str) -> Option<i64> {
    let t = text.trim();
    let naive = NaiveDateTime::parse_from_str(t, "%d/%m/%Y %H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(t, "%H:%M %d/%m/%Y"))
        .or_else(|_| NaiveDateTime::parse_from_str(t, "%Y-%m-%d %H:%M"))
        .ok()?;
    LOCAL_TZ
        .from_local_datetime(&naive)
        .earliest()
        .map(|d| d.timestamp_millis())
}

pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> DateTime<Utc>;

    fn now_ms(&self) -> i64 {
        self.now().timestamp_millis()
    }
}

#[derive(Clone, Copy, Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that moves only when told to; for tests and simulations.
#[derive(Clone, Debug)]
pub struct ManualClock(Arc<Mutex<DateTime<Utc>>>);

impl ManualClock {
    pub fn new(start: DateTime<Utc>) -> Self {
        Self(Arc::new(Mutex::new(start)))
    }

    /// 2026-01-05 08:00 in Hà Nội, a Monday morning.
    pub fn monday_morning() -> Self {
        Self::new(
            LOCAL_TZ
                .with_ymd_and_hms(2026, 1, 5, 8, 0, 0)
                .single()
                .expect("a valid local time")
                .with_timezone(&Utc),
        )
    }

    pub fn advance(&self, by: Duration) {
        let mut now = self.0.lock().expect("clock lock");
        *now += by;
    }

    pub fn set(&self, to: DateTime<Utc>) {
        *self.0.lock().expect("clock lock") = to;
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().expect("clock lock")
    }
}

/// Unix milliseconds to a UTC instant.
pub fn from_ms(ms: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms).single().unwrap_or_default()
}

/// "14:05 ngày 05/01/2026" style local rendering parts: (time, date) in Asia/Ho_Chi_Minh.
pub fn local_parts(ms: i64) -> (String, String) {
    let local = from_ms(ms).with_timezone(&LOCAL_TZ);
    (
        local.format("%H:%M").to_string(),
        local.format("%d/%m/%Y").to_string(),
    )
}
