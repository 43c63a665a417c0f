#!/usr/bin/env bash
# Prints how well the figure extractor reads real articles: recall, precision, verbatim quotes, the accuracy of
# unit, qualifier, growth, period and reporter, and milliseconds per article, for the bundled articles (answer key:
# the dataset; needs ../shared/seeds beside the project) and for the development set of excerpts.
# Usage: bash src/test/bench/extraction.sh [--verbose]
set -euo pipefail
cd "$(dirname "$0")/../../.."
mkdir -p target
./mvnw -B -ntp -q test-compile dependency:build-classpath -Dmdep.outputFile=target/extraction-classpath.txt \
    -Dmdep.includeScope=test > target/extraction-build.log 2>&1 || { cat target/extraction-build.log; exit 1; }
java -cp "target/classes:target/test-classes:$(cat target/extraction-classpath.txt)" \
    -Dcaravan.seeds="${CARAVAN_SEEDS:-../shared/seeds}" org.caravan.extract.ExtractionBenchmark "$@"
