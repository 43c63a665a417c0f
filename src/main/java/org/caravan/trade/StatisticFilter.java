package org.caravan.trade;

import java.util.List;

import org.caravan.period.Granularity;
import org.caravan.period.PeriodMatch;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("StatisticFilter")
@Description("Which statistics to list. Every field is optional; given fields must all match.")
public class StatisticFilter {

    @Description("Code of the reporting place, e.g. kashgar or xinjiang")
    public String reporter;

    @Description("Also match places inside the reporter (xinjiang then includes kashgar and its zones). Default false.")
    public Boolean includePlacesWithinReporter;

    @Description("Code of the partner country or group, e.g. PK or central-asia")
    public String partner;

    @Description("When the partner is a group, also match figures for its members. Default true.")
    public Boolean includeGroupMembers;

    @Description("Only totals with the whole world (figures without a partner)")
    public Boolean worldTotalOnly;

    @Description("Only these indicators")
    public List<Indicator> indicators;

    @Description("Only this direction of trade, seen from the reporter")
    public Flow flow;

    @Description("Whose figures: the reporter's own (REPORTER, the default), the partner's mirror figures (PARTNER) or"
            + " both (EITHER). A mirror figure is one the partner reported with the reporter as its partner, its flow"
            + " the other way round; a world total has no mirror.")
    public ReportedBy reportedBy;

    @Description("Only figures whose period matches this one (see periodMatch), e.g. 2023 or 2023-H1 (see docs/api.md for"
            + " the syntax)")
    public String period;

    @Description("How a figure's period must relate to period: EXACT, WITHIN or OVERLAPS. Default OVERLAPS.")
    public PeriodMatch periodMatch;

    @Description("Only figures whose period is of this kind, e.g. YEAR for whole years")
    public Granularity granularity;

    @Description("Only figures from this source (its id)")
    public String source;

    @Description("Include retracted figures. Default false.")
    public Boolean includeRetracted;

    @Description("Include forecasts ('expected to surpass'). Default true.")
    public Boolean includeForecasts;
}
