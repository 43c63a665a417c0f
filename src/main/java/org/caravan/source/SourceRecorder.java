package org.caravan.source;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.caravan.revision.Editing;

/**
 * Records a new article's metadata with its revision: the one path of {@code recordSource} and of
 * {@code recordArticle}. The caller has checked the editor and the input and holds the transaction.
 */
@ApplicationScoped
public class SourceRecorder {

    public static final String SUBJECT = "SOURCE";

    @Inject
    Editing editing;

    public Source record(SourceInput input, String author) {
        Editing.requireNew(Source.findById(input.id), "id", input.id);
        Source source = Editing.fromInput(() -> SourceConversion.toSource(input));
        return editing.record(SUBJECT, source.id, source, SourceConversion::toInput, author);
    }

    /** The source in force at this web address, if one is stored. */
    public static Optional<Source> atAddress(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Source.<Source>find("url = ?1 and retracted = false", url.strip()).firstResultOptional();
    }
}
