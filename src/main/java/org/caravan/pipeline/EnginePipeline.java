package org.caravan.pipeline;

import java.util.ArrayList;
import java.util.List;

import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.spi.EventingService;

import org.caravan.limits.DocumentLimits;
import org.caravan.limits.ListCaps;
import org.caravan.limits.QueryLimitsConfig;
import org.caravan.limits.RequestLimits;
import org.caravan.limits.TimeLimit;

/**
 * Puts Caravan's request pipeline into the GraphQL engine that SmallRye builds, so that every way a request
 * arrives (HTTP, WebSocket, and any transport added later) passes the same steps: the parser's limits, the
 * document's limits, the transport's rules and the cost ({@link RequestLimits}), the time limit ({@link TimeLimit}),
 * the caps on unpaged lists that keep the cost true ({@link ListCaps}), ahead of SmallRye's own instrumentation.
 * A query or mutation over WebSocket gets a request context of its own ({@link OperationRequestContext}).
 * It also has plain properties read and batch fields called directly ({@link DirectFetchers}), selections made
 * only of them answered in one pass ({@link PlainSelections}), batch fields' data loaders made only when used
 * ({@link LazyDataLoaders}), spares SmallRye describing selections nobody reads ({@link UnreadSelections}), and
 * says where each scalar is specified ({@link ScalarSpecifications}). SmallRye finds this class through
 * {@code META-INF/services} and calls it once, when it builds the engine on the first request.
 */
public class EnginePipeline implements EventingService {

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        QueryLimitsConfig limits = Arc.container().instance(QueryLimitsConfig.class).get();
        DocumentLimits documentLimits = Arc.container().instance(DocumentLimits.class).get();
        // SmallRye parses each document before the engine runs, with graphql-java's default options: ours.
        ParserOptions.setDefaultOperationParserOptions(DocumentLimits.parserOptions(limits));
        GraphQL built = builder.build();
        // SmallRye has set its own chain (its document cache's bookkeeping) on the builder; keep it, after ours.
        var smallRyes = built.getInstrumentation();
        GraphQLSchema schema = ScalarSpecifications.inIntrospection(DirectFetchers.of(built.getGraphQLSchema()));
        List<Instrumentation> chain = new ArrayList<>(List.of(new RequestLimits(limits, documentLimits),
                new OperationRequestContext(), new TimeLimit(limits.requestTimeout()), new ListCaps(),
                new UnreadSelections(), new RequestErrorCodes()));
        InstanceHandle<Schema> model = Arc.container().instance(Schema.class);
        if (model.isAvailable()) {
            chain.add(LazyDataLoaders.takenFrom(model.get()));
        }
        chain.add(smallRyes);
        builder.schema(schema).instrumentation(new ChainedInstrumentation(chain));
        // graphql-java's default strategy, as SmallRye leaves it, is replaced by one that only adds a quicker way
        if (built.getQueryStrategy().getClass() == AsyncExecutionStrategy.class) {
            builder.queryExecutionStrategy(new PlainSelections(new ExceptionHandler()));
        }
        return builder;
    }
}
