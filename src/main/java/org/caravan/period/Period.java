package org.caravan.period;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

@Embeddable
@Description("The time a figure covers: first and last day, granularity and a readable label such as 2023-H1.")
public class Period {

    @Column(name = "period_start")
    @Description("First day covered; null when the article gives no period")
    public LocalDate start;

    @Column(name = "period_end")
    @Description("Last day covered; null when the article gives no period")
    public LocalDate end;

    @Enumerated(EnumType.STRING)
    @Column(name = "granularity", nullable = false)
    @Description("Year, half, quarter, month range and so on")
    public Granularity granularity;

    @Column(name = "period_label", nullable = false)
    @Description("Canonical label, e.g. 2022, 2023-H1, 2023-Q1..Q3, 2023-01..2023-07")
    public String label;

    public Period() {
    }

    public Period(LocalDate start, LocalDate end, Granularity granularity, String label) {
        this.start = start;
        this.end = end;
        this.granularity = granularity;
        this.label = label;
    }

    public static Period unspecified() {
        return new Period(null, null, Granularity.UNSPECIFIED, "unspecified");
    }

    @Ignore
    public boolean isSpecified() {
        return start != null && end != null;
    }

    /** Same granularity and the same calendar days at both ends: 2022-H1 and 2023-H1, not 2022 and 2023-H1. */
    public boolean hasSameShapeAs(Period other) {
        return isSpecified() && other.isSpecified()
                && granularity == other.granularity
                && MonthDay.from(start).equals(MonthDay.from(other.start))
                && MonthDay.from(end).equals(MonthDay.from(other.end))
                && ChronoUnit.YEARS.between(start, end) == ChronoUnit.YEARS.between(other.start, other.end);
    }

    /** Whole years from this period to a later one of the same shape. */
    public int yearsUntil(Period later) {
        return later.end.getYear() - end.getYear();
    }

    public boolean overlaps(LocalDate from, LocalDate to) {
        return isSpecified() && !start.isAfter(to) && !end.isBefore(from);
    }

    /** The same period one year earlier, for year-on-year growth. */
    public Period yearBefore() {
        if (!isSpecified()) {
            return unspecified();
        }
        LocalDate previousStart = start.minusYears(1);
        LocalDate previousEnd = MonthDay.from(end).atYear(end.getYear() - 1);
        String previousLabel = label.replace(Integer.toString(end.getYear()), Integer.toString(end.getYear() - 1));
        return new Period(previousStart, previousEnd, granularity, previousLabel);
    }

    @Override
    public String toString() {
        return label;
    }
}
