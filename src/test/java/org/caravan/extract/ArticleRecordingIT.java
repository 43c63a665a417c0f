package org.caravan.extract;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same scenarios against the packaged application (the native binary with -Dnative). */
@QuarkusIntegrationTest
public class ArticleRecordingIT extends ArticleRecordingTest {
}
