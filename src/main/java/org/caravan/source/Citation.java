package org.caravan.source;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Embeddable
@Description("Where a figure or event comes from: the article and the exact words that state it.")
public class Citation {

    @NonNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "source_id", nullable = false)
    @Description("The article")
    public Source source;

    @NonNull
    @Column(name = "quote", nullable = false, length = 1000)
    @Description("The shortest verbatim excerpt of the article that states the figure or event")
    public String quote;

    public Citation() {
    }

    public Citation(Source source, String quote) {
        this.source = source;
        this.quote = quote;
    }
}
