-- wrk script for bench/load.sh.
--
-- Sends one of several session cookies with each request (env SLEUTELNET_COOKIES: values
-- of __Host-SESSION separated by commas; empty = no cookie, for the health floor). The
-- requests are pre-built once per thread and cycled, so that 16 connections act like 16
-- signed-in users rather than 16 tabs of one session (which would all update the same
-- spring_session row). The cookie is sent by hand: it is a Secure __Host- cookie and wrk
-- has no cookie jar anyway.
--
-- Counts responses per status and prints one machine-readable RESULT line at the end: a
-- run with any non-200 answer (say a redirect to the login page) is not a valid result.
--
-- An HTML answer must also be a whole page, not only a 200: exactly one <html> document,
-- a complete transfer (the body ends with </html>) and no error page inside it (the error
-- page carries data-error-page). A template that fails while it streams still answers 200,
-- breaks off and appends the error page; such answers count as "broken".

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_no", counter)
  table.insert(threads, thread)
end

function init(args)
  responses = 0
  non200 = 0
  broken = 0
  statuses = ""
  seen = {}
  local cookies = {}
  for value in string.gmatch(os.getenv("SLEUTELNET_COOKIES") or "", "[^,]+") do
    table.insert(cookies, value)
  end
  prepared = {}
  if #cookies == 0 then
    prepared[1] = wrk.format("GET", wrk.path)
  else
    for i, value in ipairs(cookies) do
      prepared[i] = wrk.format("GET", wrk.path, { ["Cookie"] = "__Host-SESSION=" .. value })
    end
  end
  -- each thread starts at a different cookie
  next_request = (thread_no or 1) % #prepared
end

function request()
  next_request = next_request % #prepared + 1
  return prepared[next_request]
end

local function header(headers, name)
  for key, value in pairs(headers) do
    if string.lower(key) == name then
      return value
    end
  end
  return nil
end

-- Whether an HTML body is one whole document without an error page in it.
local function whole(body)
  if body == nil then
    return false
  end
  local documents = 0
  for _ in string.gmatch(body, "<html") do
    documents = documents + 1
  end
  local ending = string.match(body, "</html>%s*$")
  return documents == 1 and ending ~= nil and string.find(body, "data-error-page", 1, true) == nil
end

function response(status, headers, body)
  responses = responses + 1
  local kind = header(headers, "content-type") or ""
  if status == 200 and string.find(kind, "text/html", 1, true) and not whole(body) then
    broken = broken + 1
  end
  if status ~= 200 then
    non200 = non200 + 1
    local key = tostring(status)
    if not seen[key] then
      seen[key] = true
      statuses = statuses .. key .. " "
    end
  end
end

function done(summary, latency, requests)
  local total, bad, cut, codes = 0, 0, 0, ""
  for _, thread in ipairs(threads) do
    total = total + thread:get("responses")
    bad = bad + thread:get("non200")
    cut = cut + thread:get("broken")
    codes = codes .. thread:get("statuses")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_s=%.3f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f "
      .. "responses=%d non200=%d broken=%d connect_err=%d read_err=%d write_err=%d timeouts=%d non200_codes=%s\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, total, bad, cut, e.connect, e.read, e.write, e.timeout,
    codes == "" and "-" or (codes:gsub(" $", ""):gsub(" ", "/"))))
end
