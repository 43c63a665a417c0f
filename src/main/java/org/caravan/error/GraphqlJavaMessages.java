package org.caravan.error;

import io.quarkus.runtime.annotations.RegisterResourceBundle;

/**
 * graphql-java words its errors with resource bundles. Quarkus puts only Validation and Parsing into the
 * native image, so a variable of the wrong type (Scalars) answered with a 500 there instead of an error.
 * One holder class per bundle: Quarkus looks for the annotation itself, not its repeated container.
 */
final class GraphqlJavaMessages {

    private GraphqlJavaMessages() {
    }

    @RegisterResourceBundle(bundleName = "i18n.Scalars")
    static final class Scalars {
    }

    @RegisterResourceBundle(bundleName = "i18n.Execution")
    static final class Execution {
    }

    @RegisterResourceBundle(bundleName = "i18n.General")
    static final class General {
    }
}
