package org.caravan.http;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How /graphql answers are cached by browsers and proxies, and compressed (see {@link AnswerHeaders}). */
@ConfigMapping(prefix = "caravan.http")
public interface AnswerHeadersConfig {

    /**
     * How long a browser or a shared cache may reuse an answer to a GET query without asking again
     * (Cache-Control max-age); after that it asks with If-None-Match and gets 304 while the data are the same.
     * 0 makes every reuse ask first. A minute: the data change rarely, and an edit is seen everywhere within it.
     */
    @WithDefault("60s")
    Duration cacheMaxAge();

    /**
     * Answers shorter than this, in bytes, are sent uncompressed: compressing a few hundred bytes saves less than
     * it costs, and may even grow them.
     */
    @WithDefault("1024")
    int compressionThreshold();
}
