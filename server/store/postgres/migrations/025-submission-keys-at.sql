-- Idempotency keys are remembered for REMEMBER_MS (server/store/stream-guard.ts); the leader's scheduler forgets
-- older ones (server/store/postgres/submission-keys.ts), finding them by their time.
create index submission_keys_at on submission_keys (at);
