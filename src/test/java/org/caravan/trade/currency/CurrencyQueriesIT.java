package org.caravan.trade.currency;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same GraphQL scenarios against the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class CurrencyQueriesIT extends CurrencyQueriesTest {
}
