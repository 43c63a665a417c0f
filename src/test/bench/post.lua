-- wrk script: POSTs to /graphql the GraphQL requests in the file named by BENCH_BODY_FILE, one JSON body per line;
-- with several lines, each request takes the next body in turn.
local bodies = {}
for line in io.lines(os.getenv("BENCH_BODY_FILE")) do
    if #line > 0 then
        table.insert(bodies, line)
    end
end
wrk.method = "POST"
wrk.path = "/graphql"
wrk.headers["Content-Type"] = "application/json"
wrk.body = bodies[1]
if #bodies > 1 then
    local next = 0
    request = function()
        next = next % #bodies + 1
        return wrk.format(nil, nil, nil, bodies[next])
    end
end
