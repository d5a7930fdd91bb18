-- The catalog stays one document, changed in a transaction that holds its row (docs/architecture.md, "PostgreSQL").
create table catalog (
  id int primary key check (id = 1),
  doc jsonb not null,
  version bigint not null
);
