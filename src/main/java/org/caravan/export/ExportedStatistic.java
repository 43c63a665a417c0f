package org.caravan.export;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

import org.caravan.trade.AmountFormat;
import org.caravan.trade.StatedConversion;
import org.caravan.trade.TradeStatistic;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One statistic as a row of the CSV and JSON exports: the figure, its qualifier and period, and its citation (the
 * article and the exact words), so an exported figure is never separated from where it comes from.
 */
@RegisterForReflection
@JsonPropertyOrder({ "id", "indicator", "description", "subject", "reporter", "partner", "flow", "period",
        "periodStart", "periodEnd", "value", "valueHigh", "unit", "printedAmount", "qualifier", "forecast",
        "reportedGrowthPercent", "reportedMultiple", "growthBase", "growthCurrency", "statedConversionValue",
        "statedConversionUnit", "statedConversionQualifier", "statedConversionPrintedAmount", "statedConversionRate",
        "note", "retracted",
        "sourceId", "sourceTitle", "sourceOutlet", "sourcePublishedOn", "sourceUrl", "quote" })
public record ExportedStatistic(String id, String indicator, String description, String subject, String reporter,
        String partner, String flow, String period, LocalDate periodStart, LocalDate periodEnd, BigDecimal value,
        BigDecimal valueHigh, String unit, String printedAmount, String qualifier, boolean forecast,
        BigDecimal reportedGrowthPercent, BigDecimal reportedMultiple, String growthBase, String growthCurrency,
        BigDecimal statedConversionValue, String statedConversionUnit, String statedConversionQualifier,
        String statedConversionPrintedAmount, BigDecimal statedConversionRate, String note, boolean retracted,
        String sourceId, String sourceTitle, String sourceOutlet, LocalDate sourcePublishedOn, String sourceUrl,
        String quote) {

    static ExportedStatistic of(TradeStatistic s) {
        StatedConversion stated = s.statedConversion != null ? s.statedConversion : new StatedConversion();
        return new ExportedStatistic(s.id, name(s.indicator), s.description, s.subject, s.reporter.code,
                s.partner == null ? null : s.partner.code, name(s.flow), s.period.label, s.period.start,
                s.period.end, s.value, s.valueHigh, name(s.unit), s.printedAmount, name(s.qualifier),
                s.isForecast(), s.reportedGrowthPercent, s.reportedMultiple, s.growthBase, name(s.growthCurrency),
                stated.value, name(stated.unit), name(stated.qualifier), stated.printedAmount,
                impliedRate(s.value, stated.value), s.note, s.retracted, s.citation.source.id,
                s.citation.source.title, s.citation.source.outlet, s.citation.source.publishedOn, s.citation.source.url,
                s.citation.quote);
    }

    /** Units of the other currency per unit of the figure's, as the two stated amounts imply it (derived). */
    private static BigDecimal impliedRate(BigDecimal value, BigDecimal converted) {
        if (value == null || converted == null || value.signum() == 0) {
            return null;
        }
        return AmountFormat.fourSignificantDigits(converted.divide(value, MathContext.DECIMAL64));
    }

    /** The same row for a CSV file: text that a spreadsheet would run as a formula is made plain text. */
    ExportedStatistic forSpreadsheet() {
        return new ExportedStatistic(SpreadsheetCells.safe(id), indicator, SpreadsheetCells.safe(description),
                SpreadsheetCells.safe(subject), SpreadsheetCells.safe(reporter), SpreadsheetCells.safe(partner), flow,
                SpreadsheetCells.safe(period), periodStart, periodEnd, value, valueHigh, unit,
                SpreadsheetCells.safe(printedAmount), qualifier, forecast, reportedGrowthPercent, reportedMultiple,
                SpreadsheetCells.safe(growthBase), growthCurrency, statedConversionValue, statedConversionUnit,
                statedConversionQualifier, SpreadsheetCells.safe(statedConversionPrintedAmount), statedConversionRate,
                SpreadsheetCells.safe(note), retracted, SpreadsheetCells.safe(sourceId),
                SpreadsheetCells.safe(sourceTitle), SpreadsheetCells.safe(sourceOutlet), sourcePublishedOn,
                SpreadsheetCells.safe(sourceUrl), SpreadsheetCells.safe(quote));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
