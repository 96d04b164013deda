#!/usr/bin/env bash
# Prints the gateway's three backends for instances named one by one, as a local run has them (several instances
# of a service on one host, each on its own ports), for `haproxy -f haproxy.cfg -f <this output>` with
# GATEWAY_SERVERS_FILE set, which leaves out haproxy.cfg's own backends (instances found in DNS).
# Used by ./platform up --replicas N and by system-tests' RunningPlatform.
# Usage: local-backends.sh projects=HOST:PORT/MANAGEMENT-PORT[,HOST:PORT/MANAGEMENT-PORT...] procurement=... payments=...
set -euo pipefail

[ "$#" -eq 3 ] || { echo "usage: $0 projects=HOST:PORT/MANAGEMENT-PORT,... procurement=... payments=..." >&2; exit 2; }
echo "# Written by deploy/haproxy/local-backends.sh: each instance by its address, in turn while it is ready."
for backend in "$@"; do
  name="${backend%%=*}"
  case "$name" in projects|procurement|payments) ;; *) echo "unknown backend: $name" >&2; exit 2 ;; esac
  echo ""
  echo "backend $name"
  echo "    balance roundrobin"
  echo "    option httpchk GET /q/health/ready"
  # Locally the answer names the instance that gave it, so that a run shows the round robin.
  echo "    http-response set-header X-Served-By %s"
  # A killed instance leaves the rotation after one failed check; until then a refused connection is redispatched.
  echo "    default-server inter 1s fall 1 rise 1"
  k=0
  IFS=',' read -ra servers <<<"${backend#*=}"
  for server in "${servers[@]}"; do
    k=$((k + 1))
    [[ "$server" =~ ^[^:/]+:[0-9]+/[0-9]+$ ]] || { echo "not HOST:PORT/MANAGEMENT-PORT: $server" >&2; exit 2; }
    echo "    server $name-$k ${server%/*} check port ${server#*/}"
  done
done
