package org.caravan.graphiql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * GraphiQL is served in production builds and opens with the example queries, which are the README's and docs/api.md's. The
 * browser test (src/test/js/graphiql.test.mjs) then drives the page itself.
 */
@QuarkusTest
public class GraphiQLTest {

    @Test
    void thePageIsServedWithTheExamplesAsTabs() {
        given().get("/q/graphql-ui/").then().statusCode(200).body(containsString("render.js"));
        String script = given().get("/q/graphql-ui/render.js").then().statusCode(200)
                .contentType(containsString("javascript")).extract().asString();
        assertTrue(script.contains("defaultTabs"), script);
        for (String example : GraphiQLExamples.examples()) {
            String operation = example.lines().filter(line -> line.startsWith("query ")).findFirst().orElseThrow();
            assertTrue(script.contains(operation.replace("\"", "\\\"")), operation);
        }
    }

    @Test
    void aBrowserOpeningTheEndpointIsSentToGraphiQLAndTheSchemaAnswersHead() {
        given().accept("text/html,application/xhtml+xml,*/*;q=0.8").redirects().follow(false).get("/graphql")
                .then().statusCode(302).header("Location", "/q/graphql-ui/");
        // A client asking for JSON still gets GraphQL's answer to a GET without a query.
        given().accept("application/json").redirects().follow(false).get("/graphql").then().statusCode(400);
        given().head("/graphql/schema.graphql").then().statusCode(200)
                .header("Content-Type", containsString("text/plain"));
    }

    @Test
    void everyExampleIsListedShownInTheReadmeAndAnswersWithoutErrors() throws IOException {
        Path directory = Path.of("src/main/resources", GraphiQLExamples.EXAMPLES);
        List<String> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".graphql"))
                    .sorted().toList();
        }
        List<String> examples = GraphiQLExamples.examples();
        assertEquals(files.size(), examples.size(), "examples/index.txt lists every example file");
        String docs = Files.readString(Path.of("README.md")) + Files.readString(Path.of("docs/api.md"));
        for (String example : examples) {
            assertTrue(docs.contains("```graphql\n" + example + "```"), "the README or docs/api.md shows\n" + example);
            GraphQL.post(example).body("errors", org.hamcrest.Matchers.nullValue());
        }
    }
}
