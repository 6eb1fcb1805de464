-- A learner's request for help with a lesson, made to one digital helper. The helper's
-- "I will help" button names the request, so a helper can accept only what was asked of them.
CREATE TABLE help_requests (
    id BIGSERIAL PRIMARY KEY,
    learner_id BIGINT NOT NULL REFERENCES people(id),
    helper_id BIGINT NOT NULL REFERENCES people(id),
    lesson_id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    accepted_at BIGINT
);
CREATE INDEX help_requests_helper ON help_requests (helper_id, created_at);
