package org.caravan.trade;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("StatisticInput")
@Description("A figure as an editor records it; revisions keep each state of a figure in this form.")
public class StatisticInput {

    @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,149}", message = "must be 3 to 150 lower-case letters, digits and hyphens")
    @Description("Stable id; made from reporter, indicator and period when left out")
    public String id;

    @NotNull
    @Description("What is measured")
    public Indicator indicator;

    @NotBlank
    @Size(max = 500)
    @Description("What the figure is, in words")
    public String description;

    @Size(max = 200)
    @Description("The company or body the figure is about, where it is not a place")
    public String subject;

    @Size(max = 100)
    @NotBlank
    @Description("Code of the reporting place")
    public String reporter;

    @Size(max = 100)
    @Description("Code of the partner country or group; none for a world total")
    public String partner;

    @Description("Direction of trade, for trade flows")
    public Flow flow;

    @Size(max = 50)
    @Description("Period in Caravan's syntax (2023-H1, 2023-Q1..Q3, ...); none when the article gives none")
    public String period;

    // Its form is checked where it is read (PrintedAmount), the one place that knows what an amount may look like.
    @Size(max = 50)
    @Description("The figure as printed, e.g. '2.92 billion', '1,234.5 million' or '25-30'; none when the article"
            + " reports only a growth rate")
    public String amount;

    @NotNull
    @Description("Unit of the amount")
    public Unit unit;

    @NotNull
    @Description("How the article hedges the figure: exactly, about, exceeded ...")
    public Qualifier qualifier;

    @Pattern(regexp = "-?\\d+(\\.\\d+)?", message = "must be a number as printed, e.g. 248.2")
    @Description("Growth in percent as printed, e.g. '248.2'")
    public String growthPercent;

    @Pattern(regexp = "\\d+(\\.\\d+)?", message = "must be a positive number as printed, e.g. 3.96")
    @Description("A multiple as printed, e.g. '3.96'")
    public String multiple;

    @Description("How the article words the multiple")
    public MultipleWording multipleWording;

    @Size(max = 50)
    @Description("The period a growth rate or multiple compares with, when not the year before")
    public String growthBase;

    @Description("The currency the growth rate or multiple is measured in, only when the article names it ('up 35% in"
            + " yuan terms'): CNY or USD")
    public Unit growthCurrency;

    @Valid
    @Description("The figure in another currency, as the article states it")
    public ConversionInput converted;

    @Size(max = 1000)
    @Description("Caveats: what the article leaves open")
    public String note;

    @Size(max = 100)
    @NotBlank
    @Description("Id of the source article")
    public String source;

    @NotBlank
    @Size(max = 1000)
    @Description("The shortest verbatim excerpt of the article that states the figure")
    public String quote;
}
