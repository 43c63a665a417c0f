package org.caravan.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class SourceQueries {

    @Query
    @Description("The articles Caravan's figures come from")
    public @NonNull List<@NonNull Source> sources() {
        return Sources.inForce();
    }
}
