-- Rule-set governance events join the tamper-evident hash chain (README "Replay and tamper evidence"): each row
-- inserted into ruleset_event is queued for sealing like an evaluation; audit/chain/RuleSetEventRecordSource reads
-- it back (the row and its canonical content, as written once) for the sealer and for verify.
create trigger ruleset_event_chain after insert on ruleset_event
    for each row execute function headroom_audit_enqueue('RULESET_EVENT', 'id');

-- Events recorded before the chain covered them are queued in the order they were recorded.
insert into audit_pending (kind, record_id)
select 'RULESET_EVENT', id::text from ruleset_event order by id;
