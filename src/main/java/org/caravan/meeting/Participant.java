package org.caravan.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.caravan.place.Place;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Embeddable
@Description("Someone who took part, as the article names them.")
public class Participant {

    @NonNull
    @Column(name = "name", nullable = false)
    public String name;

    public String role;

    public String organisation;

    @ManyToOne
    @JoinColumn(name = "side_code")
    @Description("The country the participant represents")
    public Place side;
}
