package org.caravan.trade;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;

@Description("How the article hedges a figure. Only EXACT and ABOUT are point values; a forecast is not a fact.")
public enum Qualifier {
    @Description("Stated as a plain figure")
    EXACT,
    @Description("'about', 'around'")
    ABOUT,
    @Description("'nearly': the true value is at most the figure")
    NEARLY,
    @Description("'more than', 'over': the true value is above the figure")
    MORE_THAN,
    @Description("'less than', 'under': the true value is below the figure")
    LESS_THAN,
    @Description("'exceeded': the true value is above the figure")
    EXCEEDS,
    @Description("A forecast of the figure")
    EXPECTED,
    @Description("A forecast that the value will surpass the figure")
    EXPECTED_TO_EXCEED;

    /** The forecasts: never ranked, checked or summed with reported results. */
    public static final List<Qualifier> FORECASTS = List.of(EXPECTED, EXPECTED_TO_EXCEED);

    public boolean isForecast() {
        return FORECASTS.contains(this);
    }

    /** True when the printed figure is only a lower bound of the true value. */
    public boolean isLowerBound() {
        return this == MORE_THAN || this == EXCEEDS || this == EXPECTED_TO_EXCEED;
    }
}
