-- Transactional outbox: an event row is written in the same transaction as the state change it
-- reports; the relay publishes pending rows to Kafka in seq order and marks them published.
create table outbox_event (
    seq           bigserial    primary key,
    id            uuid         not null unique,
    topic         varchar(200) not null,
    partition_key varchar(200) not null,
    event_type    varchar(200) not null,
    subject       varchar(200) not null,
    envelope      text         not null,
    created_at    timestamptz  not null default now(),
    published_at  timestamptz,
    attempts      integer      not null default 0,
    last_error    text
);
create index outbox_event_pending on outbox_event (seq) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Inbox: the ids of the events a consumer has applied, written in the same transaction as the
-- effect, so a redelivered event is recognised and skipped.
create table inbox_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    event_type   varchar(200) not null,
    source       varchar(200),
    received_at  timestamptz  not null default now(),
    primary key (consumer, event_id)
);
create index inbox_event_received_at on inbox_event (received_at);
