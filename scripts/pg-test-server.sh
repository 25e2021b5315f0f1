#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite (CI and developers), on a local port only.
#
#   eval "$(bash scripts/pg-test-server.sh start)"   # prints: export BAITP_TEST_POSTGRES_URL=...
#   bash scripts/pg-test-server.sh stop
#
# Installs Debian's `postgresql` when no server binaries are found (root or sudo; without
# creating Debian's default cluster), then runs its own cluster in $BAITP_PG_DIR
# (default /tmp/baitp-pg-<port>) on 127.0.0.1:$BAITP_PG_PORT (default 54329), trust
# authentication, fsync off: test data only. initdb refuses to run as root, so as root the
# cluster belongs to the `postgres` account the Debian package creates.
set -euo pipefail

PORT=${BAITP_PG_PORT:-54329}
DIR=${BAITP_PG_DIR:-/tmp/baitp-pg-$PORT}
ACTION=${1:-start}
PORT_FIXED=${BAITP_PG_PORT:+1}

say() { echo "pg-test-server: $*" >&2; }

find_bindir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [[ -z $dir ]] && command -v pg_ctl >/dev/null 2>&1; then
    dir=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
  fi
  echo "$dir"
}

install_server() {
  command -v apt-get >/dev/null 2>&1 || { say "no PostgreSQL binaries and no apt-get"; exit 1; }
  local sudo=""
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { say "need root or sudo to install postgresql"; exit 1; }
    sudo="sudo"
  fi
  say "installing Debian's postgresql"
  # Our own cluster is made below: skip the default one the package would create and start.
  $sudo mkdir -p /etc/postgresql-common
  echo "create_main_cluster = false" | $sudo tee /etc/postgresql-common/createcluster.conf >/dev/null
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
}

# Run a server command as the cluster's owner: ourselves, or `postgres` when we are root.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Our cluster already running on the port: reuse it. The port taken by something else
# (another project, another checkout's cluster): try the next ones, unless one was named.
choose_port() {
  local bindir=$1 tries=0
  while ((tries < 20)); do
    if [[ -f $DIR/PG_VERSION ]] && as_owner "$bindir/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
      return
    fi
    port_in_use "$PORT" || return 0
    [[ -n $PORT_FIXED ]] && { say "port $PORT is in use by another server"; exit 1; }
    PORT=$((PORT + 1))
    DIR=/tmp/baitp-pg-$PORT
    tries=$((tries + 1))
  done
  say "no free port found"
  exit 1
}

start() {
  local bindir
  bindir=$(find_bindir)
  if [[ -z $bindir || ! -x $bindir/initdb ]]; then
    install_server
    bindir=$(find_bindir)
  fi
  [[ -x $bindir/initdb ]] || { say "initdb not found after installing postgresql"; exit 1; }
  if [[ $(id -u) -eq 0 ]] && ! runuser -u postgres -- test -x "$bindir/initdb" 2>/dev/null; then
    # A chroot made in a `mktemp -d` folder has a root directory only root may enter, so
    # the server's account cannot reach its own binaries; give / its usual mode (755).
    if [[ $(( 0$(stat -c %a /) & 01 )) -eq 0 ]]; then
      say "making / traversable for the postgres account (it was $(stat -c %a /))"
      chmod o+rx /
    fi
  fi
  choose_port "$bindir"
  if [[ ! -f $DIR/PG_VERSION ]]; then
    rm -rf "$DIR"
    mkdir -p "$DIR"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$DIR"
    as_owner "$bindir/initdb" -D "$DIR" -U postgres --auth=trust --encoding=UTF8 \
      --locale=C.UTF-8 --no-sync >"$DIR.initdb.log" 2>&1 \
      || { cat "$DIR.initdb.log" >&2; exit 1; }
  fi
  if ! as_owner "$bindir/pg_ctl" -D "$DIR" status >/dev/null 2>&1; then
    as_owner "$bindir/pg_ctl" -D "$DIR" -w -t 60 -l "$DIR/server.log" \
      -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -F -c full_page_writes=off" start \
      >/dev/null || { cat "$DIR/server.log" >&2; exit 1; }
  fi
  "$bindir/pg_isready" -q -h 127.0.0.1 -p "$PORT" -t 30 || { say "server not ready"; exit 1; }
  say "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT ($DIR)"
  echo "export BAITP_PG_PORT=$PORT BAITP_PG_DIR=$DIR"
  echo "export BAITP_TEST_POSTGRES_URL=postgresql+psycopg://postgres@127.0.0.1:$PORT/postgres"
}

stop() {
  local bindir
  bindir=$(find_bindir)
  if [[ -n $bindir && -f $DIR/PG_VERSION ]]; then
    as_owner "$bindir/pg_ctl" -D "$DIR" -m fast -w stop >/dev/null 2>&1 || true
  fi
}

case $ACTION in
  start) start ;;
  stop) stop ;;
  *) say "usage: $0 start|stop"; exit 2 ;;
esac
