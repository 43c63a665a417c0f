package org.caravan.trade;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The figures kept in memory for reads (see {@link FigureSnapshots}). */
@ConfigMapping(prefix = "caravan.figure-snapshot")
public interface FigureSnapshotConfig {

    /** Off, every read goes to the database, as it does inside a write's transaction anyway. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Above this many figures in force, reads go to the database. A snapshot takes about 0.8 KB of heap per figure
     * (80 MB for 100,000: docs/benchmarks.md) and for a moment there are two, the old and the new; unset, as many as
     * fit in a quarter of the maximum heap at 1 KB each: 65,536 with -Xmx256m, 16,384 with the binary's 64 MB.
     */
    Optional<Integer> maxFigures();

    default int maxFiguresFor(long maxHeapBytes) {
        return maxFigures().orElse((int) Math.min(Integer.MAX_VALUE, maxHeapBytes / 4 / 1024));
    }
}
