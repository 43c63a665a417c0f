#!/usr/bin/env bash
# Sourced by CI: makes sure a PostgreSQL server answers on 127.0.0.1:5432 for the user postgres without a
# password (installing and starting Debian's server on a machine that has none), and gives fresh databases.
#
#   source src/test/durability/postgres-env.sh && ensure_postgres && fresh_database caravan_test

ensure_postgres() {
    if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
        return 0
    fi
    if ! command -v pg_ctlcluster >/dev/null 2>&1; then
        apt-get update -q
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
    fi
    local version
    version=$(ls /etc/postgresql | sort -V | tail -1)
    # Trust local TCP connections, as on the machines this project's CI runs on; the server listens on
    # loopback only.
    sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "/etc/postgresql/$version/main/pg_hba.conf"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || pg_ctlcluster --skip-systemctl-redirect "$version" main reload
    for _ in $(seq 1 30); do
        pg_isready -q -h 127.0.0.1 -p 5432 && return 0
        sleep 1
    done
    echo "PostgreSQL did not start" >&2
    return 1
}

fresh_database() {
    psql -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists $1" -c "create database $1"
}
