package org.caravan.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SourceInput")
@Description("An article as an editor records it: metadata only, never its text.")
public class SourceInput {

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,99}", message = "must be 3 to 100 lower-case letters, digits and hyphens")
    @Description("Stable id, e.g. a slug of the outlet and the headline")
    public String id;

    @NotBlank
    @Size(max = 300)
    @Description("The headline")
    public String title;

    @Description("True when the article has no headline and the editor wrote the title")
    public Boolean titleWrittenByCaravan;

    @Size(max = 200)
    @Description("The newspaper, agency or site")
    public String outlet;

    @Size(max = 200)
    @Description("The author or agency as printed")
    public String byline;

    @Size(max = 200)
    @Description("The dateline as printed")
    public String dateline;

    @Size(max = 20)
    @Description("Publication date, YYYY-MM-DD")
    public String publishedOn;

    @Size(max = 1000)
    @Description("How the publication date was worked out, when the article does not print it")
    public String datingNote;

    @Size(max = 2000)
    @Description("The article's web address, http or https only, as the article's own metadata gives it")
    public String url;

    @NotBlank
    @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as en")
    @Description("The article's language, as a BCP 47 tag (en, zh)")
    public String language;
}
