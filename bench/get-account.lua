-- wrk script: GET a path built from the template given after "--" (with %s for the account id) for the account ids
-- that follow it, in turn (each wrk thread keeps its own turn); logged in as admin like the other scripts.
local template = nil
local ids = {}
local turn = 0

function init(args)
  for i, arg in ipairs(args) do
    if i == 1 then template = arg else ids[#ids + 1] = arg end
  end
  if template == nil or #ids == 0 then
    error("get-account.lua needs a path template and account ids after --")
  end
  turn = math.random(#ids)
end

function request()
  turn = turn % #ids + 1
  return wrk.format("GET", string.format(template, ids[turn]), { ["Authorization"] = "Basic YWRtaW46YWRtaW4tbG9jYWw=" })
end
