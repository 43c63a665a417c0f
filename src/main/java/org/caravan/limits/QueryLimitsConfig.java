package org.caravan.limits;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what one GraphQL request may ask for; defaults at least as strict as graphql-armor's. */
@ConfigMapping(prefix = "caravan.limits")
public interface QueryLimitsConfig {

    /**
     * Deepest field nesting, introspection fields (__schema, __type) not counted. 10, not graphql-armor's 6: real
     * Caravan queries reach 8 (statistics > edges > node > growthFromPrevious > from > citation > source > title).
     */
    @WithDefault("10")
    int maxDepth();

    /** Aliases in one document. */
    @WithDefault("15")
    int maxAliases();

    /** Directives in one document. */
    @WithDefault("50")
    int maxDirectives();

    /** Parser tokens in one document. */
    @WithDefault("1000")
    int maxTokens();

    /**
     * Field selections in one operation once every fragment is expanded. Bounds the work of measuring a
     * document, whatever its fragments do; GraphiQL's introspection query selects about 250.
     */
    @WithDefault("2000")
    int maxFields();

    /**
     * Cost: every field counts 1, times the size of every list it is inside: a connection's 'first' (20 when
     * absent), or the listed size of an unpaged list (ListSizes). statistics(first: 100) with edges, node and 8
     * fields per row costs 1 + 1 + 100 x 9 = 902.
     */
    @WithDefault("5000")
    int maxCost();

    /** Operations defined in one document; a JSON array (a batch) is refused outright. */
    @WithDefault("5")
    int maxOperations();

    /**
     * Whether clients may introspect the schema (__schema, __type), as GraphiQL does. SmallRye's own switch
     * (field-visibility) is fixed when the native binary is built; this one is read at start-up in both modes.
     */
    @WithDefault("true")
    boolean introspection();

    /**
     * Time a request may take before it is answered with REQUEST_TIMEOUT. Queries over the bundled data answer in
     * milliseconds; 10 s only stops a runaway request.
     */
    @WithDefault("10s")
    Duration requestTimeout();
}
