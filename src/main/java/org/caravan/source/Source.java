package org.caravan.source;

import java.time.LocalDate;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.caravan.relay.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Cacheable
@Description("A news article Caravan's figures come from. Caravan keeps its metadata and short excerpts, never its text.")
public class Source extends PanacheEntityBase implements Node {

    @Id
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Stable identifier, e.g. kashgar-cashes-in-2023")
    public String id;

    @Column(nullable = false)
    @Description("The article's headline, or a plain descriptive title where it has none (see titleWrittenByCaravan)")
    public String title;

    @Column(name = "title_written_by_caravan", nullable = false)
    @Description("True when the article has no headline and the title was written by Caravan")
    public boolean titleWrittenByCaravan;

    @Description("The publication named in the article; null when the article does not name one")
    public String outlet;

    @Description("The author or desk the article is signed by")
    public String byline;

    @Description("The dateline as printed, e.g. 'Beijing, (July 26)'")
    public String dateline;

    @Column(name = "published_on")
    @Description("Publication date; null when the article is undated (see datingNote)")
    public LocalDate publishedOn;

    @Column(name = "dating_note")
    @Description("How the date, and the year of phrases such as 'this year', was established")
    public String datingNote;

    @Description("The article's web address (http or https) from its own metadata; null when it is not known")
    public String url;

    @Column(nullable = false)
    @Description("ISO 639-1 language of the article")
    public String language;

    @Ignore
    @Column(name = "seed_file")
    public String seedFile;

    @Description("True once an editor has retracted it: left out of lists, still readable directly")
    public boolean retracted;

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public String getId() {
        return id;
    }
}
