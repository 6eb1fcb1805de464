//! Working days (ngày làm việc) and the deadlines counted in them.
//!
//! Vietnamese law gives a unit its time to answer in working days: 10 for a kiến nghị, phản ánh
//! (Luật Tiếp công dân 2013, art. 28), 5 to pass on what is outside its competence (Nghị định
//! 20/2008, art. 9). Weekends and public holidays do not count; a Saturday the government
//! swapped into a working day (ngày làm bù) does. The days themselves are data, one file a year
//! in `seeds/calendar/`, read by [`crate::store::seeds::work_calendar`].
//!
//! The rule used here, as the Bộ luật Dân sự (art. 147) counts a period in days: the day a
//! petition is received does not count, whatever the hour; the deadline is the end
//! (23:59:59.999, Asia/Ho_Chi_Minh) of the n-th working day after it. A petition received on a
//! day off is therefore due on the same day as one received on the working day before it.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate, TimeZone, Timelike, Weekday};

use crate::clock::{LOCAL_TZ, from_ms};

pub const HOUR_MS: i64 = 3_600_000;

/// The legal time for a kiến nghị, phản ánh, in working days (Luật Tiếp công dân 2013, art. 28).
pub const DEFAULT_WORKING_DAYS: u32 = 10;

/// How long a unit has to answer a petition of a category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deadline {
    /// Until the end of the n-th working day after the day the petition was received.
    WorkingDays(u32),
    /// n hours after it was received, night, weekend or holiday alike (emergencies).
    Hours(u32),
}

impl Default for Deadline {
    fn default() -> Self {
        Deadline::WorkingDays(DEFAULT_WORKING_DAYS)
    }
}

impl Deadline {
    /// When a petition received at `received_ms` is due.
    pub fn due(self, received_ms: i64, calendar: &WorkCalendar) -> i64 {
        match self {
            Deadline::WorkingDays(n) => calendar.add_working_days(received_ms, n),
            Deadline::Hours(h) => received_ms + i64::from(h) * HOUR_MS,
        }
    }
}

/// Why a calendar was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    #[error("{date} is not in {year}, the year of its file")]
    WrongYear { year: i32, date: NaiveDate },
    #[error("{date} is listed as a working day but is not a Saturday or Sunday")]
    NotAWeekend { date: NaiveDate },
    #[error("{date} is listed twice")]
    Twice { date: NaiveDate },
    #[error("the year {year} is given twice")]
    YearTwice { year: i32 },
}

/// One year of the calendar: the days off that fall on weekdays (holidays, compensating days,
/// swapped days) and the weekend days that are worked instead.
#[derive(Clone, Debug, Default)]
pub struct YearDays {
    pub year: i32,
    /// Each day off with its short Vietnamese name ("Tết Nguyên đán").
    pub days_off: Vec<(NaiveDate, String)>,
    /// Saturdays (or Sundays) worked to make up for a swapped day.
    pub working_days: Vec<(NaiveDate, String)>,
}

/// Which days are working days, for the years the calendar has. A year without a file has
/// only its weekends off: [`WorkCalendar::covers`] tells, so that the gap can be reported.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct WorkCalendar {
    days_off: BTreeMap<NaiveDate, String>,
    worked_weekend_days: BTreeMap<NaiveDate, String>,
    years: BTreeSet<i32>,
}

impl WorkCalendar {
    /// A calendar of the given years, checked: every date in its year, working days only on
    /// weekends, no date twice.
    pub fn new(years: Vec<YearDays>) -> Result<Self, CalendarError> {
        let mut cal = WorkCalendar::default();
        for y in years {
            if !cal.years.insert(y.year) {
                return Err(CalendarError::YearTwice { year: y.year });
            }
            for (date, name) in y.days_off {
                cal.check_new(y.year, date)?;
                cal.days_off.insert(date, name);
            }
            for (date, name) in y.working_days {
                cal.check_new(y.year, date)?;
                if !is_weekend(date) {
                    return Err(CalendarError::NotAWeekend { date });
                }
                cal.worked_weekend_days.insert(date, name);
            }
        }
        Ok(cal)
    }

    fn check_new(&self, year: i32, date: NaiveDate) -> Result<(), CalendarError> {
        if date.year() != year {
            return Err(CalendarError::WrongYear { year, date });
        }
        if self.days_off.contains_key(&date) || self.worked_weekend_days.contains_key(&date) {
            return Err(CalendarError::Twice { date });
        }
        Ok(())
    }

    /// Whether the civil service works on `day`.
    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        if self.worked_weekend_days.contains_key(&day) {
            return true;
        }
        !is_weekend(day) && !self.days_off.contains_key(&day)
    }

    /// The name of a listed day off ("Tết Nguyên đán"), if `day` is one.
    pub fn day_off_name(&self, day: NaiveDate) -> Option<&str> {
        self.days_off.get(&day).map(String::as_str)
    }

    /// Whether the calendar has a file for `year` (else only its weekends are known).
    pub fn covers(&self, year: i32) -> bool {
        self.years.contains(&year)
    }

    /// The years the calendar has, in order.
    pub fn years(&self) -> impl Iterator<Item = i32> + '_ {
        self.years.iter().copied()
    }

    /// The end (23:59:59.999 in Asia/Ho_Chi_Minh) of the `n`-th working day after the day
    /// `start_ms` falls on; the start day itself never counts. With `n` = 0, the end of the
    /// start day.
    pub fn add_working_days(&self, start_ms: i64, n: u32) -> i64 {
        let mut day = local_date(start_ms);
        let mut counted = 0;
        while counted < n {
            let Some(next) = day.succ_opt() else { break };
            day = next;
            if self.is_working_day(day) {
                counted += 1;
            }
        }
        end_of_day_ms(day)
    }

    /// Working days from today (counted if it is one) to the day `due_ms` falls on, both
    /// included: what an officer has left. 0 when the due day is past.
    pub fn working_days_left(&self, now_ms: i64, due_ms: i64) -> i64 {
        let last = local_date(due_ms);
        let mut day = local_date(now_ms);
        let mut left = 0;
        // Ten years at most: a due date beyond that is a data error, not a wait.
        for _ in 0..3660 {
            if day > last {
                break;
            }
            if self.is_working_day(day) {
                left += 1;
            }
            let Some(next) = day.succ_opt() else { break };
            day = next;
        }
        left
    }
}

fn is_weekend(day: NaiveDate) -> bool {
    matches!(day.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The local (Asia/Ho_Chi_Minh) date of an instant.
pub fn local_date(ms: i64) -> NaiveDate {
    from_ms(ms).with_timezone(&LOCAL_TZ).date_naive()
}

/// The last millisecond of a local day (Việt Nam has no daylight saving: always one instant).
pub fn end_of_day_ms(day: NaiveDate) -> i64 {
    let last = day
        .and_hms_milli_opt(23, 59, 59, 999)
        .expect("23:59:59.999 is a valid time");
    LOCAL_TZ
        .from_local_datetime(&last)
        .earliest()
        .map_or(0, |t| t.timestamp_millis())
}

/// A deadline as people read it: the date alone when it is the end of a day (a deadline in
/// working days), else the hour and the date ("12:00 05/01/2026", a deadline in hours).
pub fn due_label(due_ms: i64) -> String {
    let local = from_ms(due_ms).with_timezone(&LOCAL_TZ);
    if local.hour() == 23 && local.minute() == 59 {
        local.format("%d/%m/%Y").to_string()
    } else {
        local.format("%H:%M %d/%m/%Y").to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn at(y: i32, m: u32, day: u32, h: u32, min: u32) -> i64 {
        LOCAL_TZ
            .with_ymd_and_hms(y, m, day, h, min, 0)
            .single()
            .unwrap()
            .timestamp_millis()
    }

    fn local(ms: i64) -> String {
        from_ms(ms)
            .with_timezone(&LOCAL_TZ)
            .format("%a %d/%m/%Y %H:%M:%S%.3f")
            .to_string()
    }

    /// A small 2026 with Tết (16–20/2) and the swap of 2/1 for Saturday 10/1.
    fn cal_2026() -> WorkCalendar {
        let tet = (16..=20).map(|day| (d(2026, 2, day), "Tết Nguyên đán".to_string()));
        WorkCalendar::new(vec![YearDays {
            year: 2026,
            days_off: [
                (d(2026, 1, 1), "Tết Dương lịch".to_string()),
                (d(2026, 1, 2), "Nghỉ hoán đổi".to_string()),
            ]
            .into_iter()
            .chain(tet)
            .collect(),
            working_days: vec![(d(2026, 1, 10), "Làm bù ngày 2/1".to_string())],
        }])
        .unwrap()
    }

    #[test]
    fn weekends_and_listed_holidays_are_days_off() {
        let cal = cal_2026();
        assert!(cal.is_working_day(d(2026, 1, 5)), "a Monday");
        assert!(!cal.is_working_day(d(2026, 1, 3)), "a Saturday");
        assert!(!cal.is_working_day(d(2026, 1, 4)), "a Sunday");
        assert!(!cal.is_working_day(d(2026, 1, 1)), "Tết Dương lịch");
        assert!(!cal.is_working_day(d(2026, 2, 18)), "Tết Nguyên đán");
        assert_eq!(cal.day_off_name(d(2026, 2, 18)), Some("Tết Nguyên đán"));
    }

    #[test]
    fn a_make_up_saturday_is_a_working_day() {
        let cal = cal_2026();
        assert!(cal.is_working_day(d(2026, 1, 10)));
        assert!(!cal.is_working_day(d(2026, 1, 17)), "an ordinary Saturday");
    }

    #[test]
    fn the_deadline_is_the_end_of_the_nth_working_day_after_the_day_received() {
        let cal = cal_2026();
        // Monday 08:00 + 1 working day: the end of Tuesday.
        let due = cal.add_working_days(at(2026, 1, 12, 8, 0), 1);
        assert_eq!(local(due), "Tue 13/01/2026 23:59:59.999");
        // The hour of receipt does not matter.
        assert_eq!(cal.add_working_days(at(2026, 1, 12, 23, 50), 1), due);
        assert_eq!(cal.add_working_days(at(2026, 1, 12, 0, 0), 1), due);
    }

    #[test]
    fn ten_working_days_from_a_friday_afternoon_skip_two_weekends() {
        let cal = cal_2026();
        let due = cal.add_working_days(at(2026, 1, 16, 15, 30), 10);
        assert_eq!(local(due), "Fri 30/01/2026 23:59:59.999");
    }

    #[test]
    fn a_petition_received_on_saturday_is_due_as_if_received_on_friday() {
        let cal = cal_2026();
        let friday = cal.add_working_days(at(2026, 1, 16, 10, 0), 10);
        let saturday = cal.add_working_days(at(2026, 1, 17, 10, 0), 10);
        let sunday = cal.add_working_days(at(2026, 1, 18, 22, 0), 10);
        assert_eq!(saturday, friday);
        assert_eq!(sunday, friday);
        // Counting starts on Monday: day 1 is Monday 19/01, day 10 is Friday 30/01.
        assert_eq!(local(saturday), "Fri 30/01/2026 23:59:59.999");
    }

    #[test]
    fn tet_does_not_eat_the_time() {
        let cal = cal_2026();
        // Friday 13/02, the last working day before Tết: 10 working days are 23/02 … 06/03.
        let due = cal.add_working_days(at(2026, 2, 13, 16, 0), 10);
        assert_eq!(local(due), "Fri 06/03/2026 23:59:59.999");
        // Received during Tết: counting starts on Monday 23/02, the first working day after.
        let during = cal.add_working_days(at(2026, 2, 17, 9, 0), 10);
        assert_eq!(during, due);
    }

    #[test]
    fn the_make_up_saturday_counts_in_a_deadline() {
        let cal = cal_2026();
        // Friday 09/01: day 1 is Saturday 10/01 (worked), day 5 is Thursday 15/01.
        let due = cal.add_working_days(at(2026, 1, 9, 14, 0), 5);
        assert_eq!(local(due), "Thu 15/01/2026 23:59:59.999");
    }

    #[test]
    fn a_year_without_a_file_has_only_its_weekends_off() {
        let cal = cal_2026();
        assert!(!cal.covers(2030));
        assert!(
            cal.is_working_day(d(2030, 1, 1)),
            "no holidays known for 2030"
        );
        let due = cal.add_working_days(at(2030, 1, 4, 9, 0), 1);
        assert_eq!(local(due), "Mon 07/01/2030 23:59:59.999");
    }

    #[test]
    fn a_deadline_in_hours_runs_through_nights_and_holidays() {
        let cal = cal_2026();
        let received = at(2026, 2, 16, 22, 0);
        let due = Deadline::Hours(4).due(received, &cal);
        assert_eq!(local(due), "Tue 17/02/2026 02:00:00.000");
        assert_eq!(due_label(due), "02:00 17/02/2026");
    }

    #[test]
    fn a_deadline_in_working_days_reads_as_a_date() {
        let cal = cal_2026();
        // From Monday 05/01: day 5 is the make-up Saturday 10/01, day 10 is Friday 16/01.
        let due = Deadline::default().due(at(2026, 1, 5, 8, 0), &cal);
        assert_eq!(due_label(due), "16/01/2026");
    }

    #[test]
    fn working_days_left_count_today_and_the_due_day() {
        let cal = cal_2026();
        let due = end_of_day_ms(d(2026, 1, 16));
        assert_eq!(cal.working_days_left(at(2026, 1, 12, 9, 0), due), 5);
        assert_eq!(
            cal.working_days_left(at(2026, 1, 11, 9, 0), due),
            5,
            "from Sunday"
        );
        assert_eq!(cal.working_days_left(at(2026, 1, 16, 9, 0), due), 1);
        assert_eq!(cal.working_days_left(at(2026, 1, 17, 9, 0), due), 0);
    }

    #[test]
    fn a_broken_calendar_is_refused_with_the_date_at_fault() {
        let year = |days_off: Vec<(NaiveDate, String)>, working: Vec<(NaiveDate, String)>| {
            WorkCalendar::new(vec![YearDays {
                year: 2026,
                days_off,
                working_days: working,
            }])
        };
        let n = || "x".to_string();
        assert_eq!(
            year(vec![(d(2027, 1, 1), n())], vec![]),
            Err(CalendarError::WrongYear {
                year: 2026,
                date: d(2027, 1, 1)
            })
        );
        assert_eq!(
            year(vec![], vec![(d(2026, 1, 12), n())]),
            Err(CalendarError::NotAWeekend {
                date: d(2026, 1, 12)
            })
        );
        assert_eq!(
            year(vec![(d(2026, 1, 10), n())], vec![(d(2026, 1, 10), n())]),
            Err(CalendarError::Twice {
                date: d(2026, 1, 10)
            })
        );
        let twice = WorkCalendar::new(vec![
            YearDays {
                year: 2026,
                ..YearDays::default()
            },
            YearDays {
                year: 2026,
                ..YearDays::default()
            },
        ]);
        assert_eq!(twice, Err(CalendarError::YearTwice { year: 2026 }));
    }
}
