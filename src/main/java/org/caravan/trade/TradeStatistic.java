package org.caravan.trade;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;

import org.caravan.relay.Node;
import org.caravan.period.Period;
import org.caravan.place.Place;
import org.caravan.source.Citation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Cacheable
@Table(name = "trade_statistic")
@Description("One figure from one article, with its qualifier, period and citation.")
public class TradeStatistic extends PanacheEntityBase implements Node {

    @Id
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Stable identifier, e.g. xinjiang-pakistan-trade-2022")
    public String id;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Description("What is measured: trade value, growth, count, area, rank ...")
    public Indicator indicator;

    @NonNull
    @Column(nullable = false)
    @Description("What the figure is, in words")
    public String description;

    @Description("The company or body the figure is about, where it is not a place")
    public String subject;

    @NonNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "reporter_code", nullable = false)
    @Description("The place the figure is about")
    public Place reporter;

    @ManyToOne
    @JoinColumn(name = "partner_code")
    @Description("The partner country or group; null for a total with the whole world")
    public Place partner;

    @Enumerated(EnumType.STRING)
    @Description("Direction of trade; null for figures that are not trade flows (counts, areas, ranks)")
    public Flow flow;

    @NonNull
    @Embedded
    @Description("The time the figure covers")
    public Period period = Period.unspecified();

    @Ignore
    @Column(name = "sort_date", nullable = false)
    public LocalDate sortDate;

    @Column(name = "amount", precision = 38, scale = 6)
    @Description("The value in full units (2920000000 for RMB 2.92 billion); null when the article reports only a growth rate")
    public BigDecimal value;

    @Column(name = "amount_high", precision = 38, scale = 6)
    @Description("Upper end when the article gives a range ('25-30 minutes'); value is then the lower end")
    public BigDecimal valueHigh;

    @Column(name = "printed_amount")
    @Description("The figure as printed in the article, e.g. '2.92 billion'")
    public String printedAmount;

    @Ignore
    @Column(name = "amount_resolution", precision = 38, scale = 6)
    public BigDecimal resolution;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Description("Unit of value")
    public Unit unit;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Description("How the article hedges the figure: exactly, about, more than, exceeded, expected to surpass ...")
    public Qualifier qualifier;

    @Column(name = "reported_growth_percent", precision = 20, scale = 4)
    @Description("Growth in percent as the article reports it (248.2 for 'an increase of 248.2 percent')")
    public BigDecimal reportedGrowthPercent;

    @Column(name = "reported_growth_printed")
    @Ignore
    public String reportedGrowthPrinted;

    @Column(name = "reported_multiple", precision = 20, scale = 4)
    @Description("Multiple as the article reports it (3.96 for '3.96 times that of 2013')")
    public BigDecimal reportedMultiple;

    @Column(name = "reported_multiple_printed")
    @Ignore
    public String reportedMultiplePrinted;

    @Enumerated(EnumType.STRING)
    @Column(name = "multiple_wording")
    @Description("How the article words the reported multiple, which decides how it reads")
    public MultipleWording multipleWording;

    @Column(name = "growth_base")
    @Description("The period the reported growth or multiple compares with; null means the same period a year earlier")
    public String growthBase;

    @Enumerated(EnumType.STRING)
    @Column(name = "growth_currency")
    @Description("The currency the reported growth or multiple is measured in when the article names it ('in yuan"
            + " terms'), and the currency of the earlier value it implies; null when the article does not say, and"
            + " the growth is then read in the figure's own unit")
    public Unit growthCurrency;

    @Embedded
    @Description("The same figure in another currency, as stated by the article")
    public StatedConversion statedConversion;

    @Description("Caveats: what the article leaves open")
    public String note;

    @NonNull
    @Embedded
    @Description("The article and the exact words the figure was taken from")
    public Citation citation;

    @Description("True once an editor has retracted the figure: it is then left out of lists, rankings and checks")
    public boolean retracted;

    /** Numeric columns hand back 2920000000.000000; clients should see 2920000000. */
    @PostLoad
    void normaliseScales() {
        value = AmountFormat.normalised(value);
        valueHigh = AmountFormat.normalised(valueHigh);
        resolution = AmountFormat.normalised(resolution);
        reportedGrowthPercent = AmountFormat.normalised(reportedGrowthPercent);
        reportedMultiple = AmountFormat.normalised(reportedMultiple);
        if (statedConversion != null) {
            statedConversion.value = AmountFormat.normalised(statedConversion.value);
            statedConversion.resolution = AmountFormat.normalised(statedConversion.resolution);
        }
    }

    @Description("True for a forecast ('expected to surpass'): not a reported result")
    public boolean isForecast() {
        return qualifier != null && qualifier.isForecast();
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public String getId() {
        return id;
    }
}
