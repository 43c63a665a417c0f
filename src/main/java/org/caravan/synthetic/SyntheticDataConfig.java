package org.caravan.synthetic;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Synthetic data for benchmarks at scale; none unless asked for. */
@ConfigMapping(prefix = "caravan.synthetic")
public interface SyntheticDataConfig {

    /** Synthetic statistics to hold (CARAVAN_SYNTHETIC_STATISTICS, e.g. 1000000); 0 generates none. */
    @WithDefault("0")
    int statistics();
}
