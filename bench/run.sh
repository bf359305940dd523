#!/usr/bin/env bash
# The benchmark of the generate goal (see docs/performance.md). Run it from anywhere after
# `mvn install` at the root of the project:
#
#   bench/run.sh [--cold] [--with-oag] [--quick] [--workloads=...] [--no-heap] [maven options, e.g. -Dmaven.repo.local=...]
#
# --cold          the cold mode: times whole `mvn generate-sources` processes (what the goal adds to a
#                 build on example/ and on GitHub's description, up to date and full, and a cold Swagger
#                 Parser parse in a JVM of its own) instead of the warm stages in one JVM
# --with-oag      also times OpenAPI Generator's spring generation of GitHub's description (cold: its
#                 Maven goal, on the example and on GitHub's description)
# --quick         fewer runs: a first look, not numbers to quote
# --workloads=... the descriptions run beside GitHub's, of synthetic,yaml,minified (default: all)
# --no-heap       no measure of the peak heap
#
# It fetches GitHub's REST API description from npm (@octokit/openapi) once, into bench/target/,
# builds bench/ against the installed plugin, and runs the measuring JVM. The table goes to
# stdout and ends with the four ratio lines; progress goes to stderr.
set -euo pipefail
cd "$(dirname "$0")"

OCTOKIT_OPENAPI_VERSION="${OCTOKIT_OPENAPI_VERSION:-23.0.2}"
BENCH_HEAP="${BENCH_HEAP:-2g}"

with_oag=false
cold=false
quick=false
no_heap=false
bench_args=()
maven_args=()
for arg in "$@"; do
  case "$arg" in
    --cold) cold=true ;;
    --with-oag) with_oag=true ;;
    --quick) quick=true ;;
    --workloads=*) bench_args+=(--workloads "${arg#--workloads=}") ;;
    --no-heap) no_heap=true ;;
    *) maven_args+=("$arg") ;;
  esac
done

workload=target/workload
github="$workload/api.github.com-$OCTOKIT_OPENAPI_VERSION.json"
if [ ! -s "$github" ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "npm is needed to fetch GitHub's description (@octokit/openapi); or put the file at bench/$github" >&2
    exit 1
  fi
  echo "fetching @octokit/openapi@$OCTOKIT_OPENAPI_VERSION from npm" >&2
  mkdir -p "$workload/npm"
  tarball=$(cd "$workload/npm" && npm pack --silent "@octokit/openapi@$OCTOKIT_OPENAPI_VERSION" | tail -n 1)
  tar -xzf "$workload/npm/$tarball" -C "$workload/npm" package/generated/api.github.com.json
  mv "$workload/npm/package/generated/api.github.com.json" "$github"
  rm -rf "$workload/npm"
fi

profiles=()
if $with_oag && ! $cold; then
  profiles=(-Pwith-oag)
fi
echo "building bench/ against the installed plugin" >&2
mvn -B -q package "${profiles[@]}" "${maven_args[@]}" >&2

if $cold; then
  cold_args=()
  if $with_oag; then cold_args+=(--with-oag); fi
  if $quick; then cold_args+=(--runs 3); fi
  exec java -cp "target/classes:target/lib/*" dev.apierrors.bench.ColdBenchmark \
    --github "$github" --example ../example --work target/cold "${cold_args[@]}" -- "${maven_args[@]}"
fi
if $quick; then
  bench_args+=(--warmup 1 --runs 3 --heap-runs 1)
fi
if $no_heap; then
  bench_args+=(--heap-runs 0)
fi
if $with_oag; then
  bench_args+=(--with-oag target/oag/openapi-generator-cli.jar)
fi
exec java -Xms"$BENCH_HEAP" -Xmx"$BENCH_HEAP" -cp "target/classes:target/lib/*" dev.apierrors.bench.Benchmark \
  --github "$github" --work target/bench "${bench_args[@]}"
