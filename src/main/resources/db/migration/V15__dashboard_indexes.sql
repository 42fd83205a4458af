-- Dashboards: the account directory pages through accounts by name or by ARR (GET /api/v1/account-directory), and the account
-- page lists an account's outcomes newest first; at 100,000 accounts both must read an index, not sort the table.
create index account_name_id on account (name, id);
create index account_arr_id on account (arr desc, id);
create index action_outcome_account_responded on action_outcome (account_id, responded_at desc);
