-- The event log (docs/architecture.md, "PostgreSQL"): one row per event, numbered by `position` (the seq),
-- `line` exactly as the segment log stores it (public form and private part), `hash` its link in the chain.
create table chain_head (
  id int primary key check (id = 1),
  position bigint not null,
  hash text not null
);
insert into chain_head (id, position, hash) values (1, 0, 'AAAAAAAAAAAAAAAAAAAAAA');

create table events (
  position bigint primary key,
  -- A complaint's tracking code and how many of its events are stored up to this one (server/store/streams.ts).
  stream text,
  version int,
  type text not null,
  at bigint not null,
  line text not null,
  hash text not null,
  -- `rating` or `complaint`, and the idempotency key's hash: unique among what is stored.
  submission_kind text,
  submission_key text,
  unique (stream, version),
  check ((stream is null) = (version is null)),
  check ((submission_kind is null) = (submission_key is null))
);
create unique index events_submission on events (submission_kind, submission_key) where submission_key is not null;
