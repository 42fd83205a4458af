-- Trigger: what each started action says (headline, body and the structured facts it names, from the content table),
-- and the index behind GET /api/v1/accounts/{id}/prompts (the actions of one evaluation) and the contact caps' history.
-- Adding a column is a schema change, not an UPDATE: the append-only triggers do not object.
alter table expansion_action add column content jsonb;
create index expansion_action_evaluation on expansion_action (evaluation_id, channel);
