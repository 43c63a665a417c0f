package org.caravan.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How many wrong passwords one client address may send before it must wait (docs/api.md, "Limits on hostile queries"). */
@ConfigMapping(prefix = "caravan.login-throttle")
public interface LoginThrottleConfig {

    /** Failed logins from one address within {@link #window()} before its logins are refused with 429. */
    @WithDefault("10")
    int maxFailures();

    /** The period failures are counted over, and how long an address then waits. */
    @WithDefault("1m")
    Duration window();
}
