-- Console accounts, their sessions and the throttles against guessing (server/store/postgres/accounts/).

-- An account is its JSON document (server/store/types.ts, StaffAccount) with the email pulled out to be unique.
-- Every write takes the next number from staff_changes: a process that has seen a smaller one reloads.
create sequence staff_changes;
create table staff (
  id text primary key,
  email text not null unique,
  doc jsonb not null,
  created bigserial not null,
  changed bigint not null
);
create index staff_by_change on staff (changed);

-- A session by the SHA-256 of its token: the table holds nothing that can be replayed as a cookie.
create table sessions (
  token_hash text primary key,
  staff_id text not null,
  opened_at bigint not null,
  last_seen_at bigint not null
);
create index sessions_by_staff on sessions (staff_id);

-- One row per (throttle, key): the last failure times of a sliding window, or the count of a backoff.
create table throttles (
  name text not null,
  key text not null,
  failures int not null default 0,
  times bigint[] not null default '{}',
  last_at bigint not null,
  primary key (name, key)
);
create index throttles_by_age on throttles (last_at);
