#!/usr/bin/env bash
# The database side of the audit chain's cost, without the application: pgbench commits one evaluation-sized row
# (8 KB of JSON) per transaction from CLIENTS connections, three ways in alternating rounds:
#   NONE       the row alone
#   SEQUENCER  plus the shipped queueing trigger (one audit_pending row; no lock)
#   HEADLOCK   plus an append under a chain-head row lock taken at commit (deferred trigger), held through the commit
# Uses schema bench_chain_pg of database test (dropped at start and end). Loopback only.
# Environment (defaults): ROUNDS (3) SECONDS_EACH (15) CLIENTS (16)
set -euo pipefail
ROUNDS=${ROUNDS:-3}
SECONDS_EACH=${SECONDS_EACH:-15}
CLIENTS=${CLIENTS:-16}
DIR=$(mktemp -d)
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d test)
"${PSQL[@]}" <<'SQL'
drop schema if exists bench_chain_pg cascade;
create schema bench_chain_pg;
set search_path = bench_chain_pg;
create table ev (id uuid primary key, created_at timestamptz not null, payload jsonb not null);
create table audit_pending (id bigserial primary key, kind varchar(32) not null, record_id varchar(64) not null,
                            enqueued_at timestamptz not null default now());
create table head (id int primary key, seq bigint not null, hash text not null);
insert into head values (1, 0, '');
create table link (seq bigint primary key, record_id uuid, record_hash text, chain_hash text);
create function enqueue() returns trigger language plpgsql as $$
begin
    insert into bench_chain_pg.audit_pending (kind, record_id) values (tg_argv[0], to_jsonb(new) ->> tg_argv[1]);
    return null;
end $$;
create function append() returns trigger language plpgsql as $$
declare h record; rh text; ch text;
begin
    update bench_chain_pg.head set seq = seq + 1 where id = 1 returning seq, hash into h;
    rh := encode(sha256(convert_to(new.payload::text, 'UTF8')), 'hex');
    ch := encode(sha256(convert_to(h.hash || h.seq || new.id::text || rh, 'UTF8')), 'hex');
    insert into bench_chain_pg.link values (h.seq, new.id, rh, ch);
    update bench_chain_pg.head set hash = ch where id = 1;
    return null;
end $$;
create trigger ev_queue after insert on ev for each row execute function enqueue('EVALUATION', 'id');
create constraint trigger ev_headlock after insert on ev deferrable initially deferred
    for each row execute function append();
SQL
cat >"$DIR/tx.sql" <<'SQL'
insert into bench_chain_pg.ev values (gen_random_uuid(), now(),
    jsonb_build_object('facts', repeat('x', 4000), 'decision', repeat('y', 4000)));
SQL
variant() {
    case $1 in
        NONE) a=disable; b=disable ;;
        SEQUENCER) a=enable; b=disable ;;
        HEADLOCK) a=disable; b=enable ;;
    esac
    "${PSQL[@]}" -c "alter table bench_chain_pg.ev $a trigger ev_queue; alter table bench_chain_pg.ev $b trigger ev_headlock"
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $CLIENTS clients, ${SECONDS_EACH}s per round"
echo "round variant tps latency_ms"
for round in $(seq "$ROUNDS"); do
    for v in NONE SEQUENCER HEADLOCK; do
        variant "$v"
        out=$(pgbench -h 127.0.0.1 -U postgres -n -c "$CLIENTS" -j 2 -T "$SECONDS_EACH" -f "$DIR/tx.sql" test 2>&1)
        echo "$round $v $(awk '/^tps/ {print $3}' <<<"$out") $(awk '/^latency average/ {print $4}' <<<"$out")"
    done
done | tee "$DIR/rounds.txt"
python3 - "$DIR/rounds.txt" <<'PY'
import sys, statistics
rows = [l.split() for l in open(sys.argv[1]) if l[0].isdigit()]
med = {v: statistics.median(float(r[2]) for r in rows if r[1] == v) for v in ("NONE", "SEQUENCER", "HEADLOCK")}
for v, m in med.items():
    print(f"median {v:10s} {m:8.1f} tps  = {100 * m / med['NONE']:.1f}% of NONE")
PY
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
"${PSQL[@]}" -c "drop schema bench_chain_pg cascade"
rm -rf "$DIR"
