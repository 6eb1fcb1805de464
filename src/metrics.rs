//! Prometheus metrics, served at `/metrics`.

use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ChannelLabel {
    channel: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct StatusLabel {
    status: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct DeliveryLabel {
    channel: String,
    outcome: String,
}

pub struct Metrics {
    registry: Registry,
    inbound: Family<ChannelLabel, Counter>,
    engine_errors: Counter,
    handle_seconds: Histogram,
    outbox: Family<StatusLabel, Gauge>,
    delivery: Family<DeliveryLabel, Counter>,
}

impl Default for Metrics {
    fn default() -> Self {
        Self::new()
    }
}

impl Metrics {
    pub fn new() -> Self {
        let mut registry = Registry::with_prefix("loathon");
        let inbound = Family::<ChannelLabel, Counter>::default();
        registry.register(
            "inbound_updates",
            "Updates received from people, by channel",
            inbound.clone(),
        );
        let engine_errors = Counter::default();
        registry.register(
            "engine_errors",
            "Updates that failed inside the engine",
            engine_errors.clone(),
        );
        let handle_seconds = Histogram::new(exponential_buckets(0.0005, 2.0, 14));
        registry.register(
            "handle_seconds",
            "Time to handle one update, from receipt to replies in the outbox",
            handle_seconds.clone(),
        );
        let outbox = Family::<StatusLabel, Gauge>::default();
        registry.register("outbox_rows", "Outbox rows by status", outbox.clone());
        let delivery = Family::<DeliveryLabel, Counter>::default();
        registry.register(
            "delivery_attempts",
            "Platform sends by outcome: sent, rate_limited, retry, failed, chat_gone, migrated",
            delivery.clone(),
        );
        Self {
            registry,
            inbound,
            engine_errors,
            handle_seconds,
            outbox,
            delivery,
        }
    }

    /// Counts one platform send (or one part of a long message) and how it ended.
    pub fn delivery(&self, channel: &str, outcome: &str) {
        self.delivery
            .get_or_create(&DeliveryLabel {
                channel: channel.to_string(),
                outcome: outcome.to_string(),
            })
            .inc();
    }

    pub fn inbound(&self, channel: &str) {
        self.inbound
            .get_or_create(&ChannelLabel {
                channel: channel.to_string(),
            })
            .inc();
    }

    pub fn engine_error(&self) {
        self.engine_errors.inc();
    }

    pub fn observe_handle(&self, elapsed: Duration) {
        self.handle_seconds.observe(elapsed.as_secs_f64());
    }

    pub fn set_outbox(&self, status: &str, rows: i64) {
        self.outbox
            .get_or_create(&StatusLabel {
                status: status.to_string(),
            })
            .set(rows);
    }

    /// The Prometheus text exposition.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        prometheus_client::encoding::text::encode(&mut out, &self.registry)
            .expect("writing to a String cannot fail");
        out
    }
}
