use std::borrow::Cow;

use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};

/// A user-facing text before rendering: a Fluent message id and its arguments.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Msg {
    pub id: Cow<'static, str>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

/// An argument value. Numbers are kept as numbers so that plural rules apply to them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Arg {
    Int(i64),
    Str(String),
    /// Another message, rendered in the same language first (a category's name inside a
    /// notification that each officer reads in their own language).
    Msg(Box<Msg>),
}

impl Msg {
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        Self {
            id: id.into(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: impl Into<Cow<'static, str>>, value: impl Into<Arg>) -> Self {
        self.args.push((name.into(), value.into()));
        self
    }

    /// The arguments as Fluent values; nested messages are rendered with `nested`.
    pub(crate) fn fluent_args(
        &self,
        nested: &dyn Fn(&Msg) -> String,
    ) -> Option<FluentArgs<'static>> {
        if self.args.is_empty() {
            return None;
        }
        let mut args = FluentArgs::with_capacity(self.args.len());
        for (name, value) in &self.args {
            let value = match value {
                Arg::Msg(m) => fluent_bundle::FluentValue::from(nested(m)),
                other => super::to_fluent(other),
            };
            args.set(name.to_string(), value);
        }
        Some(args)
    }
}

impl From<&'static str> for Msg {
    fn from(id: &'static str) -> Self {
        Msg::new(id)
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_string())
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Int(n)
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(Box::new(m))
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Int(i64::from(n))
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}
