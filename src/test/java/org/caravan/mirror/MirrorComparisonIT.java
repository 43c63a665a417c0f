package org.caravan.mirror;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same mirror comparisons against the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class MirrorComparisonIT extends MirrorComparisonTest {
}
