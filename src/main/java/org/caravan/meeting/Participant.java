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
    @Description("The name as the article gives it")
    public String name;

    @Description("Their office or title, as the article gives it")
    public String role;

    @Description("The body they represent, as the article gives it")
    public String organisation;

    @ManyToOne
    @JoinColumn(name = "side_code")
    @Description("The country the participant represents")
    public Place side;
}
