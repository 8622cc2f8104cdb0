# Shared by bench/load.sh and bench/dashboards.sh (sourced, not run): signing in as a user the
# way a browser does, and the test for a whole page. Expects BASE (http://localhost:<port>) and
# PASSWORD to be set by the script that sources it.

# Signs in once; prints the value of the __Host-SESSION cookie. curl keeps Secure cookies
# for http://localhost.
login() {
  local user="$1" jar token
  jar="$(mktemp)"
  token="$(curl -s -c "$jar" -b "$jar" "$BASE/inloggen" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
    | sed 's/.*value="//; s/"$//')"
  [[ -n "$token" ]] || { echo "no CSRF token on $BASE/inloggen" >&2; rm -f "$jar"; return 1; }
  local location
  location="$(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{redirect_url}' \
    --data-urlencode "gebruikersnaam=$user" --data-urlencode "wachtwoord=$PASSWORD" \
    --data-urlencode "_csrf=$token" "$BASE/inloggen")"
  if [[ "$location" != "$BASE/" ]]; then
    echo "login as $user failed (redirect to '$location'; a staff account needs demo mode and mfa_exempt)" >&2
    rm -f "$jar"; return 1
  fi
  awk '$6 == "__Host-SESSION" {print $7}' "$jar"
  rm -f "$jar"
}

# "whole" when the HTML body in file $1 is one complete document without an error page in it
# (the same rule as bench/wrk/session.lua); other content types ($2) are not pages.
page_check() {
  local body="$1" kind="$2"
  [[ "$kind" == text/html* ]] || { echo whole; return; }
  if [[ "$(grep -o '<html' "$body" | wc -l)" == 1 ]] && ! grep -q 'data-error-page' "$body" \
     && [[ "$(tr -d ' \t\r\n' <"$body" | tail -c 7)" == '</html>' ]]; then echo whole; else echo broken; fi
}
