//! Pure types and rules: no I/O, no platform types.

pub mod locale;
pub mod role;
pub mod text;

pub use locale::LocaleTag;
pub use role::Role;
