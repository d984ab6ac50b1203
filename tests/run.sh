#!/usr/bin/env bash
# The whole test suite, on SQLite and PostgreSQL, from a fresh machine that has only the .NET SDK.
# Installs what is missing (PostgreSQL from Debian packages), starts a throwaway PostgreSQL cluster on a
# free loopback port, checks formatting, builds, runs every test and stops the cluster again.
# Extra arguments go to `dotnet test` (for example: tests/run.sh --filter "FullyQualifiedName~Quarter").
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

say() { printf '\n== %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=0
apt_install() {
  if [ "$apt_updated" -eq 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    apt_updated=1
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

postgres_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

# --- PostgreSQL server -------------------------------------------------------------------------
if [ -z "$(postgres_bin)" ] || [ ! -x "$(postgres_bin)/initdb" ]; then
  say "Installing the PostgreSQL server from Debian packages"
  apt_install postgresql
fi
pg_bin="$(postgres_bin)"

free_port() {
  local port
  for port in $(seq 54329 54429); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "No free loopback port between 54329 and 54429 for PostgreSQL." >&2
  return 1
}

pg_dir="$(mktemp -d /tmp/transparency-pg.XXXXXX)"
pg_port="$(free_port)"
run_pg() {
  # initdb and the server refuse to run as root; the Debian package creates the postgres user.
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pg_dir"

stop_postgres() {
  run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
trap stop_postgres EXIT

say "Starting a throwaway PostgreSQL cluster on 127.0.0.1:$pg_port"
run_pg "$pg_bin/initdb" -D "$pg_dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
# Durability is pointless for a throwaway cluster; turning it off keeps the suite fast.
run_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  start >/dev/null
export TRANSPARENCY_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=postgres;Include Error Detail=true"

# --- HAProxy, for the test of several instances behind a load balancer (README, "Running several instances") ---
if [ ! -x /usr/sbin/haproxy ]; then
  say "Installing HAProxy from Debian packages"
  apt_install haproxy
  # The package starts a system service; the tests run their own.
  as_root systemctl stop haproxy >/dev/null 2>&1 || as_root service haproxy stop >/dev/null 2>&1 || true
fi

# --- Front-end assets --------------------------------------------------------------------------
if ! command -v npm >/dev/null 2>&1; then
  say "Installing Node.js and npm from Debian packages"
  apt_install nodejs npm
fi
say "Building front-end assets from the pinned npm packages"
bash src/Transparency.Web/Assets/build-assets.sh
if git rev-parse --is-inside-work-tree >/dev/null 2>&1 && ! git diff --quiet -- wwwroot; then
  git --no-pager diff --stat -- wwwroot
  echo "wwwroot/ differs from what the pinned npm packages build. Run src/Transparency.Web/Assets/build-assets.sh and commit the result." >&2
  exit 1
fi

# --- Browser tests: Debian's Chromium and a Java runtime for the Nu HTML Checker -----------------
# Playwright never downloads a browser here; the browser tests launch /usr/bin/chromium.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [ ! -x /usr/bin/chromium ]; then
  say "Installing Chromium from Debian packages"
  apt_install chromium
fi
if ! command -v java >/dev/null 2>&1; then
  say "Installing a Java runtime from Debian packages (for the Nu HTML Checker)"
  apt_install default-jre-headless
fi

# --- Format, build, test -----------------------------------------------------------------------
say "Restoring tools and packages"
dotnet tool restore >/dev/null
dotnet restore Transparency.sln >/dev/null

say "Checking formatting (dotnet format --verify-no-changes)"
dotnet format Transparency.sln --verify-no-changes --no-restore

say "Building"
dotnet build Transparency.sln --no-restore -c Release -nologo -clp:ErrorsOnly

say "Testing on SQLite and PostgreSQL"
results="$(mktemp -d)"
status=0
dotnet test Transparency.sln --no-build -c Release --logger "trx" --results-directory "$results" "$@" || status=$?

# One plain closing line for people and CI alike, summed over every test project.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -e "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)"
  value() { printf '%s' "$counters" | grep -o "$1=\"[0-9]*\"" | grep -o '[0-9]*'; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed)))
  skipped=$((skipped + $(value notExecuted)))
done
rm -rf "$results"
echo
echo "$passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ] || [ "$passed" -eq 0 ]; then
  exit 1
fi
