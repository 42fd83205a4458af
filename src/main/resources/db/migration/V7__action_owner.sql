-- The person or team an action is routed to (a CSM, a regional sales team, an executive sponsor); null for automated prompts.
alter table expansion_action add column owner varchar(100);
create index expansion_action_owner on expansion_action (owner, created_at desc);
