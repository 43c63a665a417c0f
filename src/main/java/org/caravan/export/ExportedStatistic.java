package org.caravan.export;

import java.math.BigDecimal;
import java.time.LocalDate;

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
        "reportedGrowthPercent", "reportedMultiple", "growthBase", "note", "retracted", "sourceId", "sourceTitle",
        "sourceOutlet", "sourcePublishedOn", "quote" })
public record ExportedStatistic(String id, String indicator, String description, String subject, String reporter,
        String partner, String flow, String period, LocalDate periodStart, LocalDate periodEnd, BigDecimal value,
        BigDecimal valueHigh, String unit, String printedAmount, String qualifier, boolean forecast,
        BigDecimal reportedGrowthPercent, BigDecimal reportedMultiple, String growthBase, String note,
        boolean retracted, String sourceId, String sourceTitle, String sourceOutlet, LocalDate sourcePublishedOn,
        String quote) {

    static ExportedStatistic of(TradeStatistic s) {
        return new ExportedStatistic(s.id, name(s.indicator), s.description, s.subject, s.reporter.code,
                s.partner == null ? null : s.partner.code, name(s.flow), s.period.label, s.period.start,
                s.period.end, s.value, s.valueHigh, name(s.unit), s.printedAmount, name(s.qualifier),
                s.isForecast(), s.reportedGrowthPercent, s.reportedMultiple, s.growthBase, s.note,
                s.retracted, s.citation.source.id, s.citation.source.title, s.citation.source.outlet,
                s.citation.source.publishedOn, s.citation.quote);
    }

    /** The same row for a CSV file: text that a spreadsheet would run as a formula is made plain text. */
    ExportedStatistic forSpreadsheet() {
        return new ExportedStatistic(SpreadsheetCells.safe(id), indicator, SpreadsheetCells.safe(description),
                SpreadsheetCells.safe(subject), SpreadsheetCells.safe(reporter), SpreadsheetCells.safe(partner), flow,
                SpreadsheetCells.safe(period), periodStart, periodEnd, value, valueHigh, unit,
                SpreadsheetCells.safe(printedAmount), qualifier, forecast, reportedGrowthPercent, reportedMultiple,
                SpreadsheetCells.safe(growthBase), SpreadsheetCells.safe(note), retracted, SpreadsheetCells.safe(sourceId),
                SpreadsheetCells.safe(sourceTitle), SpreadsheetCells.safe(sourceOutlet), sourcePublishedOn,
                SpreadsheetCells.safe(quote));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
