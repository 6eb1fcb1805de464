//! Pure types and rules: no I/O, no platform types.

pub mod audit;
pub mod calendar;
pub mod locale;
pub mod petition;
pub mod phone;
pub mod role;
pub mod text;
pub mod tracking;

pub use locale::LocaleTag;
pub use role::Role;
pub use tracking::TrackingCode;
