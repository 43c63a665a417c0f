package org.caravan.http;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The cache of query answers (see {@link ResponseCache}). */
@ConfigMapping(prefix = "caravan.response-cache")
public interface ResponseCacheConfig {

    @WithDefault("true")
    boolean enabled();

    /** Memory the cached answers may take, in megabytes. */
    @WithDefault("32")
    int maxMegabytes();

    /**
     * How long an answer is served from the cache at most. A write through this instance clears the cache at
     * once; this bounds how stale an answer can be when other instances write to the same PostgreSQL database.
     */
    @WithDefault("5s")
    Duration maxAge();
}
