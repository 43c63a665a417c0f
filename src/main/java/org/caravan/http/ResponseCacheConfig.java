package org.caravan.http;

import java.time.Duration;
import java.util.Optional;

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
     * How long an answer may be served from the cache; unset, until the next write. A write through this
     * instance clears the cache at once, one through another instance on the same database within
     * caravan.shared-database.check-interval. Unset by default because every expiry makes all clients asking that
     * query at that moment compute it at once.
     */
    Optional<Duration> maxAge();
}
