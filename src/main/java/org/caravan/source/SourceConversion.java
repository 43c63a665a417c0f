package org.caravan.source;

import org.caravan.period.Dates;

/** Turns a {@link SourceInput} into a source, and a source back into the input a revision snapshots. */
public final class SourceConversion {

    private SourceConversion() {
    }

    public static Source toSource(SourceInput input) {
        Source source = new Source();
        source.id = input.id;
        source.title = input.title;
        source.titleWrittenByCaravan = Boolean.TRUE.equals(input.titleWrittenByCaravan);
        source.outlet = input.outlet;
        source.byline = input.byline;
        source.dateline = input.dateline;
        source.publishedOn = Dates.parse(input.publishedOn, "publishedOn");
        source.datingNote = input.datingNote;
        source.url = WebAddress.check(input.url, "url");
        source.language = input.language;
        return source;
    }

    public static SourceInput toInput(Source source) {
        SourceInput input = new SourceInput();
        input.id = source.id;
        input.title = source.title;
        input.titleWrittenByCaravan = source.titleWrittenByCaravan;
        input.outlet = source.outlet;
        input.byline = source.byline;
        input.dateline = source.dateline;
        input.publishedOn = source.publishedOn == null ? null : source.publishedOn.toString();
        input.datingNote = source.datingNote;
        input.url = source.url;
        input.language = source.language;
        return input;
    }
}
