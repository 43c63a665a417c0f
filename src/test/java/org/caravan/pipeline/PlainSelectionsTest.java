package org.caravan.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLContext;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ExecutionStrategy;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

import org.caravan.limits.ListCaps;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainSelections} must answer exactly as graphql-java's own strategy does, errors included: thousands of
 * random documents (aliases, fragments, @skip/@include on variables, __typename, interfaces, fields with resolvers and
 * arguments, nulls where the schema promises none, lists with null items) over random data are run through both and
 * their answers compared; a document made only of plain properties must actually be answered in one pass, and its
 * batch fields (Shelf.summary, Book.review) called once for all their sources.
 */
class PlainSelectionsTest {

    private static final String SCHEMA = """
            type Query { shelf: Shelf, shelves: [Shelf!]!, strictShelf: Shelf!, owner: Owner, meeting: Meeting }
            type Meeting { topics: [String!]! }
            type Shelf { name: String!, label: String, kind: Kind, books: [Book!]!, looseBooks: [Book], count: Int!,
                         price: Float, tags: [String], published: Boolean, shout(suffix: String): String,
                         owner: Owner, next: Shelf, summary: Summary }
            type Book { title: String!, year: Int, kind: Kind!, shelf: Shelf, tags: [String!], review: String }
            type Summary { books: Int!, first: Book }
            interface Owner { name: String! }
            type Person implements Owner { name: String!, shelf: Shelf }
            type Library implements Owner { name: String!, shelves: [Shelf!] }
            enum Kind { ATLAS, ALMANAC, GAZETTEER }
            """;

    enum Kind { ATLAS, ALMANAC, GAZETTEER }

    record Book(String title, Integer year, Kind kind, Shelf shelf, List<String> tags) {
    }

    record Shelf(String name, String label, Kind kind, List<Book> books, List<Book> looseBooks, Integer count,
            Double price, List<String> tags, Boolean published, Object owner, Shelf next) {
    }

    record Person(String name, Shelf shelf) {
    }

    record Library(String name, List<Shelf> shelves) {
    }

    record Meeting(List<String> topics) {
    }

    /** The value of the batch field Shelf.summary. */
    record Summary(Integer books, Book first) {
    }

    record Root(Shelf shelf, List<Shelf> shelves, Shelf strictShelf, Object owner, Meeting meeting) {
    }

    @Test
    void answersAsGraphQLJavaDoesForRandomDocumentsAndData() {
        Random random = new Random(20261207L);
        GraphQL reference = engine(new AsyncExecutionStrategy(new SimpleDataFetcherExceptionHandler()), null);
        GraphQL onePass = engine(new PlainSelections(new SimpleDataFetcherExceptionHandler()), null);
        int withErrors = 0;
        for (int run = 0; run < 3_000; run++) {
            Root data = root(random);
            String document = "query Q($yes: Boolean!, $no: Boolean!) " + selection(random, "Query", 0)
                    + (random.nextBoolean() ? " fragment ShelfBits on Shelf { name kind books { title } }" : "");
            if (!document.contains("...ShelfBits")) {
                document = document.replace(" fragment ShelfBits on Shelf { name kind books { title } }", "");
            }
            Map<String, Object> variables = Map.of("yes", true, "no", false);
            ExecutionResult expected = reference.execute(input(document, variables, data));
            ExecutionResult actual = onePass.execute(input(document, variables, data));
            assertEquals(expected.toSpecification(), actual.toSpecification(), document);
            withErrors += expected.getErrors().isEmpty() ? 0 : 1;
        }
        // the comparison covered failures as well as clean answers
        assertTrue(withErrors > 300 && withErrors < 2_700, withErrors + " of 3000 answers had errors");
    }

    @Test
    void aSelectionOfPlainPropertiesIsAnsweredInOnePass() {
        Shelf shelf = new Shelf("Maps", null, Kind.ATLAS, List.of(new Book("Kashgar", 1998, Kind.GAZETTEER, null,
                List.of("silk", "road"))), null, 3, 2.5, null, true, null, null);
        Root data = new Root(shelf, List.of(shelf, shelf), shelf, null, null);
        String document = "{ shelves { name kind count price published books { title year kind tags __typename } } }";
        AtomicInteger referenceFetches = new AtomicInteger();
        AtomicInteger onePassFetches = new AtomicInteger();
        ExecutionResult expected = engine(new AsyncExecutionStrategy(), referenceFetches)
                .execute(input(document, Map.of(), data));
        ExecutionResult actual = engine(new PlainSelections(new SimpleDataFetcherExceptionHandler()), onePassFetches)
                .execute(input(document, Map.of(), data));

        assertEquals(expected.toSpecification(), actual.toSpecification());
        assertEquals(List.of(), actual.getErrors());
        // graphql-java fetches shelves, then 2 x (5 properties + books), then 2 x 1 book x (4 properties + __typename)
        assertEquals(1 + 2 * 6 + 2 * 5, referenceFetches.get());
        // one pass: only the root field goes through graphql-java's steps
        assertEquals(1, onePassFetches.get());
        Map<String, Object> first = ((List<Map<String, Object>>) ((Map<String, Object>) actual.getData()).get("shelves")).get(0);
        assertEquals(List.of("name", "kind", "count", "price", "published", "books"), List.copyOf(first.keySet()));
        assertEquals(Map.of("title", "Kashgar", "year", 1998, "kind", "GAZETTEER", "tags", List.of("silk", "road"),
                "__typename", "Book"), ((List<?>) first.get("books")).get(0));
    }

    @Test
    void aBatchFieldIsCalledOnceForAllItsSourcesInAOnePassAnswer() {
        List<Shelf> shelves = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            List<Book> books = List.of(new Book("first " + i, 2000 + i, Kind.ATLAS, null, null),
                    new Book("second " + i, null, Kind.ALMANAC, null, null));
            shelves.add(new Shelf("shelf " + i, null, null, books, null, i, null, null, null, null, null));
        }
        Root data = new Root(null, shelves, null, null, null);
        String document = "{ shelves { name summary { books first { title review } } } }";
        BatchCounts reference = new BatchCounts();
        BatchCounts onePass = new BatchCounts();
        ExecutionResult expected = engine(new AsyncExecutionStrategy(), null, reference).execute(input(document, Map.of(), data));
        ExecutionResult actual = engine(new PlainSelections(new SimpleDataFetcherExceptionHandler()), null, onePass)
                .execute(input(document, Map.of(), data));

        assertEquals(expected.toSpecification(), actual.toSpecification());
        assertEquals(Map.of("books", 2, "first", Map.of("title", "first 2", "review", "first 2 (2002)")),
                ((List<Map<String, Object>>) ((Map<String, Object>) actual.getData()).get("shelves")).get(1).get("summary"));
        // graphql-java asks each shelf's summary and each first book's review on its own (3 + 3)
        assertEquals(List.of(0, 6), List.of(reference.calls.get(), reference.singles.get()));
        // one pass: one call for the three summaries, one for the three reviews
        assertEquals(List.of(2, 0), List.of(onePass.calls.get(), onePass.singles.get()));
        assertEquals(List.of(3, 3), onePass.sources);
    }

    @Test
    void withinAListGraphQLJavaCompletesItemByItemBatchFieldsAreLeftToIt() {
        Shelf shelf = new Shelf("maps", null, null, List.of(), null, 1, null, null, null, null, null);
        Root data = new Root(null, List.of(shelf, shelf, shelf), null, null, null);
        // shout has an argument, so each shelf is completed by graphql-java; its summary must not be called per shelf
        String document = "{ shelves { shout summary { books } } }";
        BatchCounts counts = new BatchCounts();
        ExecutionResult actual = engine(new PlainSelections(new SimpleDataFetcherExceptionHandler()), null, counts)
                .execute(input(document, Map.of(), data));

        assertEquals(List.of(), actual.getErrors());
        assertEquals(List.of(0, 3), List.of(counts.calls.get(), counts.singles.get()));
    }

    @Test
    void aListOverItsCapIsCutWithTheSameErrorAsGraphQLJavaGives() {
        // Meeting.topics is capped at 20 by ListCaps; a meeting with 23 topics, nested below a plain root selection
        List<String> topics = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            topics.add("topic " + i);
        }
        Root data = new Root(null, List.of(), null, null, new Meeting(topics));
        String document = "{ meeting { topics } }";
        ExecutionResult expected = engine(new AsyncExecutionStrategy(), null).execute(input(document, Map.of(), data));
        ExecutionResult actual = engine(new PlainSelections(new SimpleDataFetcherExceptionHandler()), null)
                .execute(input(document, Map.of(), data));

        assertEquals(expected.toSpecification(), actual.toSpecification());
        assertEquals(topics.subList(0, 20), ((Map<?, ?>) ((Map<?, ?>) actual.getData()).get("meeting")).get("topics"));
        assertEquals("LIST_TRUNCATED", actual.getErrors().get(0).getExtensions().get("code"));
    }

    private static ExecutionInput input(String document, Map<String, Object> variables, Root data) {
        return ExecutionInput.newExecutionInput(document).variables(variables).root(data).build();
    }

    /** How the batch fields were called: whole batches (with their sizes) and single sources through get. */
    private static final class BatchCounts {
        final AtomicInteger calls = new AtomicInteger();
        final AtomicInteger singles = new AtomicInteger();
        final List<Integer> sources = new ArrayList<>();
    }

    /** A batch field computed from each source alone, as a batch resolver would be, counting its calls. */
    private static BatchReader batch(java.util.function.Function<Object, Object> valueOf, BatchCounts counts) {
        return new BatchReader() {
            @Override
            public List<?> readAll(List<Object> sources, GraphQLContext request) {
                counts.calls.incrementAndGet();
                counts.sources.add(sources.size());
                return sources.stream().map(valueOf).toList();
            }

            @Override
            public Object get(DataFetchingEnvironment environment) {
                counts.singles.incrementAndGet();
                return valueOf.apply(environment.getSource());
            }
        };
    }

    private static Object summaryOf(Object source) {
        Shelf shelf = (Shelf) source;
        if ("boom".equals(shelf.name())) {
            throw new IllegalStateException("a batch that throws");
        }
        return new Summary(shelf.books() == null ? null : shelf.books().size(),
                shelf.books() == null || shelf.books().isEmpty() ? null : shelf.books().get(0));
    }

    private static Object reviewOf(Object source) {
        Book book = (Book) source;
        return book.year() == null ? null : book.title() + " (" + book.year() + ")";
    }

    private static GraphQL engine(ExecutionStrategy strategy, AtomicInteger fetches) {
        return engine(strategy, fetches, new BatchCounts());
    }

    /**
     * The test schema: every field a {@link PropertyReader}, except shout (a resolver with an argument) and the batch
     * fields summary and review.
     */
    private static GraphQL engine(ExecutionStrategy strategy, AtomicInteger fetches, BatchCounts batches) {
        TypeDefinitionRegistry types = new SchemaParser().parse(SCHEMA);
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Owner", type -> type.typeResolver(env -> env.getSchema().getObjectType(
                        env.getObject() instanceof Person ? "Person" : "Library")))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, wiring);
        GraphQLCodeRegistry.Builder registry = GraphQLCodeRegistry.newCodeRegistry(schema.getCodeRegistry());
        for (var type : List.of("Query", "Shelf", "Book", "Person", "Library", "Meeting", "Summary")) {
            Class<?> owner = switch (type) {
                case "Meeting" -> Meeting.class;
                case "Summary" -> Summary.class;
                case "Query" -> Root.class;
                case "Shelf" -> Shelf.class;
                case "Book" -> Book.class;
                case "Person" -> Person.class;
                default -> Library.class;
            };
            for (var field : schema.getObjectType(type).getFieldDefinitions()) {
                if (field.getName().equals("shout")) {
                    DataFetcher<Object> shout = env -> ((Shelf) env.getSource()).name() + env.getArgumentOrDefault("suffix", "!");
                    registry.dataFetcher(FieldCoordinates.coordinates(type, "shout"), shout);
                    continue;
                }
                if (field.getName().equals("summary") || field.getName().equals("review")) {
                    registry.dataFetcher(FieldCoordinates.coordinates(type, field.getName()), batch(
                            field.getName().equals("summary") ? PlainSelectionsTest::summaryOf : PlainSelectionsTest::reviewOf,
                            batches));
                    continue;
                }
                var accessor = Arrays.stream(owner.getRecordComponents()).filter(c -> c.getName().equals(field.getName()))
                        .findFirst().orElseThrow().getAccessor();
                PropertyReader reader = source -> {
                    Object value = accessor.invoke(source);
                    if ("boom".equals(value)) {
                        throw new IllegalStateException("a property that throws");
                    }
                    return value;
                };
                registry.dataFetcher(FieldCoordinates.coordinates(type, field.getName()), reader);
            }
        }
        Instrumentation counting = new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
                    InstrumentationState state) {
                if (fetches != null) {
                    fetches.incrementAndGet();
                }
                return SimpleInstrumentationContext.noOp();
            }
        };
        return GraphQL.newGraphQL(schema.transform(b -> b.codeRegistry(registry.build()))).queryExecutionStrategy(strategy)
                .instrumentation(new ChainedInstrumentation(List.of(new ListCaps(), counting))).build();
    }

    // Random data: mostly well formed, sometimes null where the schema promises a value, or a throwing property.

    private static Root root(Random random) {
        List<Shelf> shelves = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            shelves.add(rarely(random) ? null : shelf(random, 2));
        }
        return new Root(maybe(random, () -> shelf(random, 2)), shelves, rarely(random) ? null : shelf(random, 2),
                maybe(random, () -> owner(random, 1)), null);
    }

    private static Shelf shelf(Random random, int depth) {
        List<Book> books = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            books.add(rarely(random) ? null : book(random, depth));
        }
        return new Shelf(rarely(random) ? null : random.nextInt(20) == 0 ? "boom" : "shelf" + random.nextInt(9),
                maybe(random, () -> "label" + random.nextInt(9)), maybe(random, () -> Kind.values()[random.nextInt(3)]),
                rarely(random) ? null : books, maybe(random, () -> books), rarely(random) ? null : random.nextInt(100),
                maybe(random, () -> random.nextInt(1000) / 8.0), maybe(random, () -> Arrays.asList("a", null, "c")),
                maybe(random, random::nextBoolean), depth > 0 ? maybe(random, () -> owner(random, depth - 1)) : null,
                depth > 0 ? maybe(random, () -> shelf(random, depth - 1)) : null);
    }

    private static Book book(Random random, int depth) {
        return new Book(rarely(random) ? null : "book" + random.nextInt(9), maybe(random, () -> 1990 + random.nextInt(30)),
                rarely(random) ? null : Kind.values()[random.nextInt(3)],
                depth > 0 ? maybe(random, () -> shelf(random, depth - 1)) : null,
                maybe(random, () -> rarely(random) ? Arrays.asList("x", null) : List.of("x", "y")));
    }

    private static Object owner(Random random, int depth) {
        return random.nextBoolean() ? new Person("person" + random.nextInt(9), depth > 0 ? shelf(random, depth - 1) : null)
                : new Library("library" + random.nextInt(9), depth > 0 ? List.of(shelf(random, depth - 1)) : null);
    }

    private static boolean rarely(Random random) {
        return random.nextInt(25) == 0;
    }

    private static <T> T maybe(Random random, java.util.function.Supplier<T> value) {
        return random.nextInt(4) == 0 ? null : value.get();
    }

    // Random documents over the schema.

    private static final Map<String, List<String>> FIELDS = Map.of(
            "Query", List.of("shelf", "shelves", "strictShelf", "owner"),
            "Shelf", List.of("name", "label", "kind", "books", "looseBooks", "count", "price", "tags", "published", "shout",
                    "owner", "next", "summary"),
            "Book", List.of("title", "year", "kind", "shelf", "tags", "review"),
            "Summary", List.of("books", "first"),
            "Person", List.of("name", "shelf"),
            "Library", List.of("name", "shelves"));
    private static final Map<String, String> OBJECT_FIELDS = new HashMap<>(Map.of(
            "Query.shelf", "Shelf", "Query.shelves", "Shelf", "Query.strictShelf", "Shelf", "Query.owner", "Owner",
            "Shelf.books", "Book", "Shelf.looseBooks", "Book", "Shelf.owner", "Owner", "Shelf.next", "Shelf",
            "Book.shelf", "Shelf", "Person.shelf", "Shelf"));

    static {
        OBJECT_FIELDS.put("Library.shelves", "Shelf");
        OBJECT_FIELDS.put("Shelf.summary", "Summary");
        OBJECT_FIELDS.put("Summary.first", "Book");
    }

    private static String selection(Random random, String type, int depth) {
        StringBuilder out = new StringBuilder("{ ");
        if (type.equals("Owner")) {
            out.append("name ");
            if (random.nextBoolean()) {
                out.append("... on Person ").append(selection(random, "Person", depth + 1)).append(' ');
            }
            if (random.nextBoolean()) {
                out.append("... on Library ").append(selection(random, "Library", depth + 1)).append(' ');
            }
            return out.append("}").toString();
        }
        List<String> fields = FIELDS.get(type);
        int count = 1 + random.nextInt(Math.min(4, fields.size()));
        for (int i = 0; i < count; i++) {
            String field = fields.get(random.nextInt(fields.size()));
            String objectType = OBJECT_FIELDS.get(type + "." + field);
            if (objectType != null && depth >= 3) {
                continue;
            }
            if (random.nextInt(5) == 0) {
                out.append(field).append("Alias").append(i).append(": ");
            }
            out.append(field);
            if (field.equals("shout")) {
                out.append(random.nextBoolean() ? "(suffix: \"?\")" : "");
            }
            switch (random.nextInt(8)) {
                case 0 -> out.append(" @skip(if: $yes)");
                case 1 -> out.append(" @include(if: $yes)");
                case 2 -> out.append(" @skip(if: $no)");
                default -> {
                }
            }
            if (objectType != null) {
                out.append(' ').append(selection(random, objectType, depth + 1));
            }
            out.append(' ');
        }
        if (type.equals("Shelf")) {
            switch (random.nextInt(6)) {
                case 0 -> out.append("__typename ");
                case 1 -> out.append("...ShelfBits ");
                case 2 -> out.append("... on Shelf { name books { year } } ");
                case 3 -> out.append("... @include(if: $no) { label } ");
                default -> {
                }
            }
        }
        return out.append("}").toString();
    }
}
