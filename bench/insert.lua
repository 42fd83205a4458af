-- wrk script: POST /bench/insert with the same body shape as an evaluation request, for the same accounts.
local ids = {}
local turn = 0

function init(args)
  for _, id in ipairs(args) do
    ids[#ids + 1] = id
  end
  if #ids == 0 then
    error("insert.lua needs account ids after --")
  end
  turn = math.random(#ids)
end

function request()
  turn = turn % #ids + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json", ["Authorization"] = "Basic YWRtaW46YWRtaW4tbG9jYWw=" }, '{"accountId":"' .. ids[turn] .. '"}')
end
