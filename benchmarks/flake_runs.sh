#!/usr/bin/env bash
# Run the solutions of the concurrency-heavy topics many times, serial and with -n 2, while
# another process keeps a core busy; print how many runs failed.
#   bash benchmarks/flake_runs.sh [RUNS]      (default 100; run from the repository root)
set -u
runs=${1:-100}
topics=(katas/15_error_handling katas/16_concurrency katas/17_asyncio)
python -c "while True: pass" &
busy=$!
trap 'kill $busy' EXIT
count_failures() {
    local failed=0
    for _ in $(seq "$runs"); do
        python -m pytest "${topics[@]}" --dojo-solutions -q -p no:cacheprovider "$@" >/dev/null 2>&1 || failed=$((failed + 1))
    done
    echo "$failed"
}
serial=$(count_failures)
parallel=$(count_failures -n 2)
echo "failed runs, with a core kept busy: serial $serial/$runs, -n 2 $parallel/$runs"
