-- What the app processes share besides the events and the catalog (docs/scaling.md, "What each process shares").

-- The server key and the chain key: made by the first process that asks, read by all.
create table installation_secrets (
  name text primary key,
  value bytea not null,
  created_at timestamptz not null default now()
);

-- The first run's one-time setup token (used_at set once the first admin exists).
create table setup_token (
  id int primary key check (id = 1),
  token text not null,
  used_at timestamptz
);

-- The webhooks' endpoints, secrets, deliveries and cursor: one document, changed under FOR UPDATE.
create table webhook_state (
  id int primary key check (id = 1),
  doc jsonb not null,
  version bigint not null
);

-- A notification or webhook attempt is claimed here before it is sent: never twice by two processes.
create table delivery_claims (
  key text primary key,
  process text not null,
  claimed_at bigint not null,
  settled boolean not null default false
);

-- The signed daily chain heads (docs/public-record.md), one per WIB day.
create table daily_heads (
  day text primary key,
  head jsonb not null
);
