package org.caravan.bench;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Settings of the benchmark harness (src/test/bench/README.md); none is set in a normal run. */
@ConfigMapping(prefix = "caravan.bench")
public interface BenchConfig {

    /** A file holding a real GraphQL answer, served as it is at /bench/precomputed: the machine's bound. */
    Optional<Path> precomputedAnswer();
}
