#!/usr/bin/env bash
# neo4j-admin for the local Neo4j that `pnpm start` and `pnpm atlas db start` run: the same Maven jars (its entry
# point is org.neo4j.cli.AdminTool) on the same home folder. Community edition: dump and load need the server
# stopped (`pnpm atlas db stop` first). See docs/OPERATIONS.md.
#
#   scripts/neo4j-admin.sh database dump neo4j --to-path=backups --overwrite-destination=true
#   scripts/neo4j-admin.sh database load neo4j --from-path=backups --overwrite-destination=true
#   scripts/neo4j-admin.sh database check neo4j
#
# ATLAS_HOME / ATLAS_NEO4J_HOME choose the folder as they do for the server; relative paths in the arguments are
# relative to the current directory.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
abs() { case $1 in /*) echo "$1" ;; *) echo "$root/$1" ;; esac; }
atlas_home=$(abs "${ATLAS_HOME:-.atlas}")
neo4j_home=$(abs "${ATLAS_NEO4J_HOME:-$atlas_home/neo4j}")

classpath_file=$(ls -1 "$atlas_home"/cache/neo4j-*/classpath.txt 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$classpath_file" ]; then
  (cd "$root" && pnpm atlas db install) >&2
  classpath_file=$(ls -1 "$atlas_home"/cache/neo4j-*/classpath.txt | sort -V | tail -1)
fi
if [ ! -f "$neo4j_home/conf/neo4j.conf" ]; then
  echo "✖ no Neo4j in $neo4j_home: start it once (pnpm atlas db start) so its configuration exists" >&2
  exit 1
fi

exec env NEO4J_HOME="$neo4j_home" NEO4J_CONF="$neo4j_home/conf" java -Xmx512m \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED \
  --enable-native-access=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true -Dfile.encoding=UTF-8 \
  -cp "$(cat "$classpath_file")" org.neo4j.cli.AdminTool "$@"
