package org.caravan.relay;

import java.util.List;

import org.caravan.error.CaravanException;
import org.caravan.error.ErrorCode;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class NodeQueries {

    static final int MAX_IDS = 100;

    @Query
    @Description("Any entry by its id, whatever its type (a statistic, meeting, article, place, place fact or route),"
            + " retracted or not; null when no entry has that id")
    public Node node(@Name("id") @Description("The entry's id") @Id @NonNull String id) {
        return Nodes.find(id).orElse(null);
    }

    @Query
    @Description("Several entries by id, in the order asked; null for an id no entry has (at most 100)")
    public @NonNull List<Node> nodes(@Name("ids") @Description("The entries' ids") @NonNull List<@NonNull String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new CaravanException(ErrorCode.INVALID_INPUT, "ids", "At most " + MAX_IDS + " ids at a time.");
        }
        return ids.stream().map(id -> Nodes.find(id).orElse(null)).toList();
    }
}
