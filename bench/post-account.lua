-- wrk script: POST {"accountId": …} to the URL wrk is given (the evaluate endpoint or /bench/insert), for the accounts
-- given after "--", in turn (each wrk thread keeps its own turn).
local ids = {}
local turn = 0

function init(args)
  for _, id in ipairs(args) do
    ids[#ids + 1] = id
  end
  if #ids == 0 then
    error("post-account.lua needs account ids after --")
  end
  turn = math.random(#ids)
end

function request()
  turn = turn % #ids + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["Authorization"] = "Basic YWRtaW46YWRtaW4tbG9jYWw=" }, '{"accountId":"' .. ids[turn] .. '"}')
end
