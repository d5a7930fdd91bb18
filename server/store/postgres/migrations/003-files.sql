-- Photos and documents of complaints, content-addressed: `id` is the SHA-256 of `bytes` (server/store/files.ts).
create table files (
  id text primary key check (id ~ '^[0-9a-f]{64}$'),
  bytes bytea not null,
  stored_at timestamptz not null default now()
);
