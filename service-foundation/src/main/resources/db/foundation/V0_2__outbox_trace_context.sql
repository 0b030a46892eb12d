-- W3C trace context of the business transaction that wrote the event (traceparent / tracestate, null when tracing is
-- off). Transport metadata, not part of the event: the relay publishes it as the Kafka record's `traceparent` and
-- `tracestate` headers, so that the consumers' work joins the trace of the request that caused it.
alter table outbox_event add column trace_parent varchar(55);
alter table outbox_event add column trace_state  varchar(512);
