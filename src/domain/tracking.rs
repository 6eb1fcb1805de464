//! Petition tracking codes: eight digits, shown as `4827-1935`.
//!
//! Digits only, because a code is read aloud over the phone and typed on a keypad; the last
//! digit is a Damm check digit, which catches every single wrong digit and every swap of two
//! neighbours, so a mistyped code is refused instead of finding someone else's petition.

use std::fmt;

use rand::Rng;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TrackingCode(String);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum TrackingCodeError {
    #[error("a tracking code has 8 digits")]
    Length,
    #[error("the check digit does not match: a digit is mistyped")]
    Check,
}

const DAMM: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

fn damm(digits: impl Iterator<Item = u8>) -> u8 {
    digits.fold(0, |interim, d| DAMM[interim as usize][d as usize])
}

impl TrackingCode {
    /// A new random code with its check digit. The first digit is never 0, so the code keeps
    /// its length when a spreadsheet reads it as a number.
    pub fn generate(rng: &mut impl Rng) -> Self {
        let mut digits: Vec<u8> = Vec::with_capacity(8);
        digits.push(rng.random_range(1..=9));
        for _ in 0..6 {
            digits.push(rng.random_range(0..=9));
        }
        digits.push(damm(digits.iter().copied()));
        Self(digits.iter().map(|d| char::from(b'0' + d)).collect())
    }

    /// Reads a code as people type it: `4827-1935`, `4827 1935`, `48271935`.
    pub fn parse(raw: &str) -> Result<Self, TrackingCodeError> {
        let digits: String = raw
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '.' | '_'))
            .collect();
        if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(TrackingCodeError::Length);
        }
        if damm(digits.bytes().map(|b| b - b'0')) != 0 {
            return Err(TrackingCodeError::Check);
        }
        Ok(Self(digits))
    }

    /// The stored form, without the dash.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for TrackingCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", &self.0[..4], &self.0[4..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_codes_parse_back_in_every_typed_form() {
        let mut rng = rand::rng();
        for _ in 0..200 {
            let code = TrackingCode::generate(&mut rng);
            let shown = code.to_string();
            assert_eq!(shown.len(), 9);
            assert_eq!(TrackingCode::parse(&shown).unwrap(), code);
            assert_eq!(TrackingCode::parse(&shown.replace('-', " ")).unwrap(), code);
            assert_eq!(TrackingCode::parse(code.as_str()).unwrap(), code);
        }
    }

    #[test]
    fn a_single_wrong_digit_or_a_swap_is_refused() {
        let code = TrackingCode::generate(&mut rand::rng());
        let s = code.as_str().as_bytes().to_vec();
        for i in 0..8 {
            let mut wrong = s.clone();
            wrong[i] = b'0' + (wrong[i] - b'0' + 1) % 10;
            assert!(TrackingCode::parse(std::str::from_utf8(&wrong).unwrap()).is_err());
            if i < 7 && s[i] != s[i + 1] {
                let mut swapped = s.clone();
                swapped.swap(i, i + 1);
                assert!(TrackingCode::parse(std::str::from_utf8(&swapped).unwrap()).is_err());
            }
        }
    }

    #[test]
    fn other_shapes_are_not_codes() {
        assert_eq!(TrackingCode::parse("1234"), Err(TrackingCodeError::Length));
        assert_eq!(
            TrackingCode::parse("abcd-efgh"),
            Err(TrackingCodeError::Length)
        );
    }
}
