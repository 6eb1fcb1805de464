-- Named leases: work that must run in one instance at a time (housekeeping: deadline
-- reminders, escalations, scheduled broadcasts, retention) is done by whoever holds the lease.
CREATE TABLE leases (
    name TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    until_ms INTEGER NOT NULL
);
