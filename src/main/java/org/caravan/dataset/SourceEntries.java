package org.caravan.dataset;

import org.caravan.dataset.DatasetFile.SourceEntry;
import org.caravan.source.Source;

/** Converts between a source and its entry (dataset file, editors' input, revision snapshots). */
public final class SourceEntries {

    private SourceEntries() {
    }

    public static Source toSource(SourceEntry entry) {
        Source source = new Source();
        source.id = entry.id();
        source.seedFile = entry.seedFile();
        source.title = entry.title();
        source.titleWrittenByCaravan = entry.titleWrittenByCaravan();
        source.outlet = entry.outlet();
        source.byline = entry.byline();
        source.dateline = entry.dateline();
        source.publishedOn = Dates.parse(entry.publishedOn(), "publishedOn");
        source.datingNote = entry.datingNote();
        source.language = entry.language();
        return source;
    }

    public static SourceEntry toEntry(Source source) {
        return new SourceEntry(source.id, source.seedFile, source.title, source.titleWrittenByCaravan, source.outlet,
                source.byline, source.dateline, source.publishedOn == null ? null : source.publishedOn.toString(),
                source.datingNote, null, source.language);
    }
}
