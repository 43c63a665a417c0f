package org.caravan.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.caravan.dataset.DatasetFile.SourceEntry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SourceInput")
@Description("An article as an editor records it: metadata only, never its text.")
public class SourceInput {

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,99}", message = "must be 3 to 100 lower-case letters, digits and hyphens")
    public String id;

    @NotBlank
    @Size(max = 300)
    public String title;

    @Description("True when the article has no headline and the editor wrote the title")
    public Boolean titleWrittenByCaravan;

    @Size(max = 200)
    public String outlet;

    @Size(max = 200)
    public String byline;

    @Size(max = 200)
    public String dateline;

    @Description("Publication date, YYYY-MM-DD")
    public String publishedOn;

    @Size(max = 1000)
    public String datingNote;

    @NotBlank
    @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as en")
    public String language;

    public SourceEntry toEntry() {
        return new SourceEntry(id, null, title, Boolean.TRUE.equals(titleWrittenByCaravan), outlet, byline, dateline, publishedOn, datingNote,
                null, language);
    }
}
