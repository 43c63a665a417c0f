package org.caravan.dataset;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** The bundled dataset file as written: see src/main/resources/dataset/caravan-dataset.yaml. */
@RegisterForReflection(targets = { DatasetFile.class, DatasetFile.SourceEntry.class, DatasetFile.PlaceEntry.class,
        DatasetFile.PlaceFactEntry.class, DatasetFile.ConversionEntry.class, DatasetFile.StatisticEntry.class,
        DatasetFile.ParticipantEntry.class, DatasetFile.OutcomeEntry.class, DatasetFile.MeetingEntry.class,
        DatasetFile.RouteEntry.class })
public record DatasetFile(int version, List<SourceEntry> sources, List<PlaceEntry> places, List<PlaceFactEntry> placeFacts,
        List<StatisticEntry> statistics, List<MeetingEntry> meetings, List<RouteEntry> routes) {

    /** A file written before routes existed has none. */
    public DatasetFile {
        routes = routes == null ? List.of() : routes;
    }

    public record SourceEntry(String id, String seedFile, String title, boolean titleWrittenByCaravan, String outlet,
            String byline, String dateline, String publishedOn, String datingNote, List<String> datesInText,
            String url, String language) {
    }

    public record PlaceEntry(String code, String iso3, String name, String kind, String parent, List<String> members,
            String note) {
    }

    public record PlaceFactEntry(String id, String place, String label, String date, String source, String quote) {
    }

    public record ConversionEntry(String amount, String unit, String qualifier) {
    }

    public record StatisticEntry(String id, String indicator, String description, String subject, String reporter,
            String partner, String flow, String period, String granularity, String periodLabel, String amount,
            String amountWords, String unit, String qualifier, String growthPercent, String multiple,
            String multipleWording, String growthBase, String growthCurrency, ConversionEntry converted, String note,
            String source, String quote) {
    }

    public record ParticipantEntry(String name, String role, String organisation, String side) {
    }

    public record OutcomeEntry(String kind, String text, String quote) {
    }

    public record MeetingEntry(String id, String kind, String title, boolean online, String place, String dateFrom,
            String dateTo, String datePrecision, String dateText, String dateNote, List<String> places,
            List<ParticipantEntry> participants, List<String> topics, List<OutcomeEntry> outcomes, String source,
            String quote) {
    }

    public record RouteEntry(String id, String kind, String name, String from, String to, List<String> through,
            String mode, boolean directed, String note, String source, String quote) {
    }
}
