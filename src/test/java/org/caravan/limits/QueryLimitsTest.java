package org.caravan.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.caravan.GraphQL;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Each limit: a request just under it is answered, one just over it is refused quickly with a stable code. */
@QuarkusTest
public class QueryLimitsTest {

    static String nestedParents(int depth) {
        // place(1) parent(2) ... name(depth)
        return "{ place(code: \"khorgos-duty-free-border-market\") { " + "parent { ".repeat(depth - 2) + "name"
                + " }".repeat(depth - 2) + " } }";
    }

    static String repeated(String item, int times) {
        return (item + " ").repeat(times);
    }

    static void refused(String query, String code) {
        GraphQL.post(query).body("data", nullValue()).body("errors[0].extensions.code", is(code));
    }

    static void answered(String query) {
        GraphQL.post(query).body("errors", nullValue()).body("data", notNullValue());
    }

    @Test
    void depth() {
        answered(nestedParents(10));
        refused(nestedParents(11), "QUERY_TOO_DEEP");
    }

    @Test
    void graphiqlsIntrospectionQueryStillWorks() {
        GraphQL.post(INTROSPECTION).body("errors", nullValue()).body("data.__schema.queryType.name", is("Query"));
    }

    @Test
    void aliases() {
        StringBuilder fifteen = new StringBuilder("{ ");
        for (int i = 1; i <= 15; i++) {
            fifteen.append("a").append(i).append(": sources { id } ");
        }
        answered(fifteen + "}");
        refused(fifteen + "a16: sources { id } }", "TOO_MANY_ALIASES");
    }

    @Test
    void directives() {
        answered("{ sources { " + repeated("id @include(if: true)", 50) + "} }");
        refused("{ sources { " + repeated("id @include(if: true)", 51) + "} }", "TOO_MANY_DIRECTIVES");
    }

    @Test
    void tokens() {
        // '{ sources { ' + ids + '} }' is 5 tokens besides the ids
        answered("{ sources { " + repeated("id", 990) + "} }");
        refused("{ sources { " + repeated("id", 1000) + "} }", "TOO_MANY_TOKENS");
    }

    @Test
    void cost() {
        // Each field counts once per time it may run: statistics 1, edges 1 (one list), node x100 (first: 100),
        // revisions x100, and each revision field x100 x20 (Revision lists count 20, README "Limits").
        // Two fields: 1 + 1 + 100 + 100 + 2 x 2,000 = 4,202; three fields: 6,202, over the 5,000 allowed.
        // (Repeating one field does not add: the engine runs identical fields once.)
        answered("{ statistics(first: 100) { edges { node { revisions { number action } } } } }");
        GraphQL.post("{ statistics(first: 100) { edges { node { revisions { number action author } } } } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", is("QUERY_TOO_COSTLY"))
                .body("errors[0].extensions.cost", is(6202))
                .body("errors[0].extensions.maximumCost", is(5000));
        GraphQL.post("{ statistics(first: 100) { edges { node { revisions { number action } } } } }")
                .body("extensions.cost.requested", is(4202))
                .body("extensions.cost.maximum", is(5000));
    }

    @Test
    void operationsPerDocumentAndBatches() {
        StringBuilder five = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            five.append("query Q").append(i).append(" { sources { id } } ");
        }
        given().contentType(ContentType.JSON).body(Map.of("query", five.toString(), "operationName", "Q5"))
                .post("/graphql").then().statusCode(200).body("errors", nullValue());
        refused(five + "query Q6 { sources { id } }", "TOO_MANY_OPERATIONS");
        given().contentType(ContentType.JSON).body(List.of(Map.of("query", "{ sources { id } }")))
                .post("/graphql").then().body("errors[0].extensions.code", is("TOO_MANY_OPERATIONS"));
    }

    @Test
    void pageSize() {
        answered("{ statistics(first: 100) { totalCount } }");
        refused("{ statistics(first: 101) { totalCount } }", "INVALID_PAGE_SIZE");
    }

    @Test
    void requestBodySize() {
        String query = "{ sources { id } }"; // the padding is an unused request variable
        String underLimit = "x".repeat(100 * 1024 - 200);
        given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", Map.of("padding", underLimit)))
                .post("/graphql").then().statusCode(200).body("errors", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("query", query, "variables", Map.of("padding", underLimit + "x".repeat(400))))
                .post("/graphql").then().statusCode(413);
    }

    @Test
    void refusalsUse400WithTheGraphqlResponseMediaType() {
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", nestedParents(11))).post("/graphql")
                .then().statusCode(400).contentType("application/graphql-response+json")
                .body("errors[0].extensions.code", is("QUERY_TOO_DEEP"));
    }

    static final String INTROSPECTION = """
            query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
              types { ...FullType } directives { name description locations args { ...InputValue } } } }
            fragment FullType on __Type { kind name description
              fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef }
                isDeprecated deprecationReason }
              inputFields { ...InputValue } interfaces { ...TypeRef }
              enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
              possibleTypes { ...TypeRef } }
            fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
            fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name
              ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }""";
}
