-- Benchmark baseline: POST /bench/insert (present only with headroom.bench.enabled=true) writes one row here per
-- request, so bench/run.sh can set the evaluate endpoint beside the cheapest possible committed write.
create table bench_write (
    id         uuid        primary key,
    account_id varchar(64) not null,
    created_at timestamptz not null
);
