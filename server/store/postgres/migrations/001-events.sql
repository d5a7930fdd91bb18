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
  check ((stream is null) = (version is null))
);
-- unique (stream, version) for the events that have a stream: ratings, most of the table, stay out of it.
create unique index events_stream_version on events (stream, version) where stream is not null;

-- Idempotency keys (`rating` or `complaint`, the key's hash), one row each: the event that last used it and
-- when. A key is a duplicate within REMEMBER_MS of that use (server/store/stream-guard.ts); after that a new
-- event may take it over, so the row, not the events table, holds the uniqueness.
create table submission_keys (
  kind text not null,
  key text not null,
  position bigint not null references events (position),
  at bigint not null,
  primary key (kind, key)
);
