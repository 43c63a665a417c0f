package org.caravan.period;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PeriodMatch")
@Description("How a figure's period must relate to the period asked for. Wherever a period filters statistics the"
        + " default is OVERLAPS.")
public enum PeriodMatch {
    @Description("The same first and last day: 2023 finds whole-year 2023 figures only")
    EXACT,
    @Description("Inside the period asked for, ends included: 2023 finds 2023, 2023-H1 and 2023-03 figures")
    WITHIN,
    @Description("Sharing at least one day with it (the default): 2023-H1 also finds whole-year 2023 figures")
    OVERLAPS;

    /** Whether a figure's period matches the one asked for; a figure without a period matches none. */
    public boolean matches(Period figure, Period asked) {
        if (!figure.isSpecified()) {
            return false;
        }
        return switch (this) {
            case EXACT -> figure.start.equals(asked.start) && figure.end.equals(asked.end);
            case WITHIN -> !figure.start.isBefore(asked.start) && !figure.end.isAfter(asked.end);
            case OVERLAPS -> figure.overlaps(asked.start, asked.end);
        };
    }
}
