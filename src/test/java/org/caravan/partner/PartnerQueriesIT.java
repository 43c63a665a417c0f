package org.caravan.partner;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same GraphQL scenarios against the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class PartnerQueriesIT extends PartnerQueriesTest {
}
