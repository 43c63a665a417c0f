package org.caravan.trade;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The figures kept in memory for reads (see {@link FigureSnapshots}). */
@ConfigMapping(prefix = "caravan.figure-snapshot")
public interface FigureSnapshotConfig {

    /** Off, every read goes to the database, as it does inside a write's transaction anyway. */
    @WithDefault("true")
    boolean enabled();

    /**
     * Above this many figures in force, reads go to the database: a snapshot costs roughly a kilobyte of heap per
     * figure (see docs/benchmarks.md), and the default leaves room in the 256 MB heap the images run with.
     */
    @WithDefault("100000")
    int maxFigures();
}
