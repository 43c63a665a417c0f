package org.caravan.clients;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.client.typesafe.api.GraphQLClientApi;

/**
 * Caravan as a Java client sees it through SmallRye GraphQL's typesafe client: the README's example queries as
 * methods, their answers as records. The client writes each query from these signatures.
 */
@GraphQLClientApi
public interface CaravanApi extends AutoCloseable {

    StatisticPage statistics(@Name("filter") StatisticFilter filter, @Name("first") Integer first);

    Growth growth(@Name("fromId") @Id @NonNull String fromId, @Name("toId") @Id @NonNull String toId);

    List<PartnerShare> partners(@Name("reporter") @NonNull String reporter, @Name("period") String period);

    List<Finding> consistencyFindings();

    MeetingPage meetings(@Name("filter") MeetingFilter filter);

    Statistic statistic(@Name("id") @Id @NonNull String id);

    @Input("StatisticFilter")
    record StatisticFilter(String reporter, List<String> indicators) {
    }

    @Input("MeetingFilter")
    record MeetingFilter(String place, String from) {
    }

    record StatisticPage(int totalCount, List<StatisticEdge> edges) {
    }

    record StatisticEdge(Statistic node) {
    }

    record Statistic(String id, String printedAmount, BigDecimal value, String unit, String qualifier,
            Period period, Growth growthFromPrevious, Citation citation) {
    }

    record Period(String label) {
    }

    record Citation(String quote, Source source) {
    }

    record Source(String title, String outlet) {
    }

    record Growth(BigDecimal percentChange, BigDecimal cagrPercent, int years, boolean derived, String arithmetic) {
    }

    record Place(String code, String name) {
    }

    record PartnerShare(Place partner, BigDecimal value, String unit, int rank, BigDecimal sharePercent) {
    }

    record Finding(String kind, String verdict, List<StatisticId> statistics) {
    }

    record StatisticId(String id) {
    }

    record MeetingPage(List<MeetingEdge> edges) {
    }

    record MeetingEdge(Meeting node) {
    }

    record Meeting(String kind, String title, List<Participant> participants, Citation citation) {
    }

    record Participant(String name, String role) {
    }
}
