package org.caravan.place;


import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.caravan.relay.Node;
import org.caravan.source.Citation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "place_fact")
@Description("A cited, non-numeric fact about a place: when it was established, what it is known for.")
public class PlaceFact extends PanacheEntityBase implements Node {

    @Id
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Stable identifier")
    public String id;

    @Ignore
    @ManyToOne(optional = false)
    @JoinColumn(name = "place_code", nullable = false)
    public Place place;

    @NonNull
    @Column(nullable = false)
    @Description("What the fact says, e.g. 'established'")
    public String label;

    @Description("When, as precisely as the article says: 2014-09 for September 2014")
    public String date;

    @NonNull
    @Embedded
    @Description("The article and its words that state the fact")
    public Citation citation;

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public String getId() {
        return id;
    }
}
