package org.caravan.revision;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How this instance notices writes made by other instances on the same database (see {@link ChangesElsewhere}). */
@ConfigMapping(prefix = "caravan.shared-database")
public interface SharedDatabaseConfig {

    /**
     * How often the database is asked whether another instance has written: the longest a change made elsewhere
     * stays unseen here. One small query per interval; 0 switches the check off (one instance alone).
     */
    @WithDefault("1s")
    Duration checkInterval();
}
