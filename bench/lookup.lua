-- wrk script: point lookups of random entities, as SPARQL (MODE=sparql) or linked-data documents (MODE=ld).
local entities = tonumber(os.getenv("ENTITIES") or "20000")
local mode = os.getenv("MODE") or "sparql"

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local counter = 0
setup = function(thread)
  thread:set("id", counter)
  counter = counter + 1
end

init = function(args)
  math.randomseed(os.time() + id * 7919)
end

request = function()
  local k = math.random(0, entities - 1)
  if mode == "ld" then
    return wrk.format("GET", "/data/id/person/p" .. k, { ["Accept"] = "application/n-triples" })
  end
  local q = "SELECT ?p ?o WHERE { <https://w3id.org/diplomacy-kg/id/person/p" .. k .. "> ?p ?o }"
  return wrk.format("GET", "/diplomacy/sparql?query=" .. urlencode(q), { ["Accept"] = "application/sparql-results+json" })
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("requests=%d errors=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f\n", summary.requests, errors,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
