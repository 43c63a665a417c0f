package org.caravan.persisted;

import java.nio.file.Path;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Persisted queries: Apollo's automatic persisted queries, and the trusted-documents mode (see {@link PersistedQueries}). */
@ConfigMapping(prefix = "caravan.persisted-queries")
public interface PersistedQueriesConfig {

    /** Whether a client may send a document's SHA-256 hash in place of the document (Apollo's protocol). */
    @WithDefault("true")
    boolean enabled();

    /** Documents registered by clients that are remembered; beyond it the least recently used are asked for again. */
    @WithDefault("5000")
    int maxDocuments();

    /**
     * A manifest of trusted documents: when set, only the documents it lists run, sent whole or by their id.
     * Apollo's persisted query manifest ({"format": "apollo-persisted-query-manifest", "operations": [...]}) or
     * GraphQL Code Generator's persisted documents ({"<hash>": "<document>"}).
     */
    Optional<Path> trustedDocuments();
}
