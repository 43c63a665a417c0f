package org.caravan.limits;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what one GraphQL request may ask for; defaults at least as strict as graphql-armor's. */
@ConfigMapping(prefix = "caravan.limits")
public interface QueryLimitsConfig {

    /** Deepest field nesting, introspection fields (__schema, __type) not counted. */
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

    /** Cost: every field counts 1 for each time it may be resolved, times the size of every list it is inside. */
    @WithDefault("5000")
    int maxCost();

    /** Operations defined in one document. */
    @WithDefault("5")
    int maxOperations();

    /**
     * Whether clients may introspect the schema (__schema, __type), as GraphiQL does. SmallRye's own switch
     * (field-visibility) is fixed when the native binary is built; this one is read at start-up in both modes.
     */
    @WithDefault("true")
    boolean introspection();

    /** Time a request may take before it is answered with REQUEST_TIMEOUT. */
    @WithDefault("10s")
    Duration requestTimeout();
}
