-- wrk script: POSTs the GraphQL request held in the file named by BENCH_BODY_FILE to /graphql.
local file = assert(io.open(os.getenv("BENCH_BODY_FILE"), "rb"))
wrk.method = "POST"
wrk.path = "/graphql"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "application/json"
file:close()
