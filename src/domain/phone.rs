//! A phone number a villager types to be called back (by a digital helper): Vietnamese numbers
//! as people write them, kept as ten digits.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhoneNumber(String);

impl PhoneNumber {
    /// Reads `0912 345 678`, `0912.345.678`, `+84 912 345 678`, `84912345678`: ten digits
    /// beginning with 0 once the country code is read. Anything else is `None`.
    pub fn parse(raw: &str) -> Option<Self> {
        let mut digits: String = raw
            .chars()
            .filter(|c| !matches!(c, ' ' | '.' | '-' | '(' | ')'))
            .collect();
        if let Some(rest) = digits.strip_prefix('+') {
            digits = rest.to_string();
        }
        if !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if let Some(rest) = digits.strip_prefix("84")
            && rest.len() == 9
        {
            digits = format!("0{rest}");
        }
        (digits.len() == 10 && digits.starts_with('0') && !digits.starts_with("00"))
            .then_some(Self(digits))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PhoneNumber {
    /// `0912 345 678`: easy to read aloud.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", &self.0[..4], &self.0[4..7], &self.0[7..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_people_write_them() {
        for raw in [
            "0912345678",
            "0912 345 678",
            "0912.345.678",
            "+84 912 345 678",
            "84912345678",
        ] {
            let p = PhoneNumber::parse(raw).unwrap_or_else(|| panic!("{raw}"));
            assert_eq!(p.as_str(), "0912345678");
            assert_eq!(p.to_string(), "0912 345 678");
        }
    }

    #[test]
    fn words_short_numbers_and_codes_are_no_phone_number() {
        for raw in [
            "",
            "xin chào",
            "12345",
            "4827-1935",
            "09123456789",
            "0012345678",
            "09a2345678",
        ] {
            assert_eq!(PhoneNumber::parse(raw), None, "{raw}");
        }
    }
}
