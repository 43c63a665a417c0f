package org.caravan.source;

/**
 * One entry of a bibliography: an article under a citation key, with a note that says what it is cited for
 * (for a figure: which figure, and the article's exact words). The note may be null.
 */
public record CitedWork(String key, Source source, String note) {

    public static CitedWork of(Source source) {
        return new CitedWork(source.id, source, null);
    }
}
