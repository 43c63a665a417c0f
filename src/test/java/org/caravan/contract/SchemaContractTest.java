package org.caravan.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The schema clients build against is committed as src/main/graphql/schema.graphql. Any change to the served
 * schema fails here until the file is updated with it, so every change is a reviewed change; the CI's
 * graphql-inspector check then says whether it breaks existing clients (README, "The schema as a contract").
 */
@QuarkusTest
public class SchemaContractTest {

    static final Path CONTRACT = Path.of("src/main/graphql/schema.graphql");
    static final Path SERVED = Path.of("target/served-schema.graphql");

    @Test
    void theServedSchemaIsTheCommittedOne() throws IOException {
        String served = withoutTestOnlyFields(
                given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());
        Files.writeString(SERVED, served);
        assertEquals(Files.readString(CONTRACT), served, "The served schema differs from " + CONTRACT
                + ". If the change is intended, check it with 'bash src/test/js/schema-diff.sh', then copy "
                + SERVED + " over " + CONTRACT + ".");
    }

    /** The test build also serves SlowQuery's fields (org.caravan.concurrency); the packaged one never does. */
    private static String withoutTestOnlyFields(String schema) {
        return schema.replaceAll("\n  \"Test only:[^\n]*\"\n  \\w+\\([^\n]*", "");
    }
}
