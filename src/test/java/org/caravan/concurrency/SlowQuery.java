package org.caravan.concurrency;

import jakarta.transaction.Transactional;

import org.caravan.source.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

import org.hibernate.Session;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Resolvers that take a known time, as ones waiting on a slow database would. They exist only in the test build
 * (the application under @QuarkusTest), never in the packaged service.
 */
@GraphQLApi
public class SlowQuery {

    @Query
    @Description("Test only: waits, then answers with the number of sources, read through Hibernate")
    public long slowSourceCount(@Name("millis") int millis) throws InterruptedException {
        Thread.sleep(millis);
        return Panache.getEntityManager().createQuery("select count(s) from Source s", Long.class).getSingleResult();
    }

    @Query
    @Description("Test only: one SQL statement that keeps the database busy for tens of seconds")
    public long slowStatement(@Name("product") int product) {
        // 400 million rows to compare: tens of seconds of work in the database, on H2 and on PostgreSQL alike.
        String series = Panache.getEntityManager().unwrap(Session.class)
                .doReturningWork(connection -> connection.getMetaData().getDatabaseProductName()).equals("H2")
                        ? "select count(*) from system_range(1, 20000) a, system_range(1, 20000) b where a.x * b.x = ?1"
                        : "select count(*) from generate_series(1, 20000) a, generate_series(1, 20000) b where a * b = ?1";
        return ((Number) Panache.getEntityManager().createNativeQuery(series).setParameter(1, product)
                .getSingleResult()).longValue();
    }

    @Mutation
    @Transactional
    @Description("Test only: records a source, then waits before the transaction commits")
    public String slowlyRecordSource(@Name("id") String id, @Name("millis") int millis) throws InterruptedException {
        Source source = new Source();
        source.id = id;
        source.title = "A source recorded slowly";
        source.language = "en";
        source.persist();
        Panache.getEntityManager().flush();
        Thread.sleep(millis);
        return id;
    }
}
