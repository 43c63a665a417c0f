package org.caravan.concurrency;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A blocking resolver that takes a known time, as one waiting on a slow database would. It exists only in the
 * test build (the application under @QuarkusTest), never in the packaged service.
 */
@GraphQLApi
public class SlowQuery {

    @Query
    @Description("Test only: waits, then answers with the number of sources, read through Hibernate")
    public long slowSourceCount(@Name("millis") int millis) throws InterruptedException {
        Thread.sleep(millis);
        return Panache.getEntityManager().createQuery("select count(s) from Source s", Long.class).getSingleResult();
    }
}
