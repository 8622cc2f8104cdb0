#!/usr/bin/env bash
# JMH micro-benchmarks of hot paths (field encryption, audit hash, password policy, Argon2id).
# Usage: bench/jmh.sh [JMH options]   e.g. bench/jmh.sh -f 1 -wi 3 -i 5 FieldEncryption
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/jmh-classpath.txt -Dmdep.includeScope=test
if [ $# -eq 0 ]; then
  set -- -f 1 -wi 3 -w 2s -i 5 -r 2s -rf text -rff target/jmh-result.txt
fi
exec java -cp "target/test-classes:target/classes:$(cat target/jmh-classpath.txt)" org.openjdk.jmh.Main "$@"
