package org.caravan.route;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.caravan.relay.Node;
import org.caravan.place.Place;
import org.caravan.source.Citation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A link between places an article states: a route goods take, a corridor, or a border crossing, cited"
        + " like any figure.")
public class Route extends PanacheEntityBase implements Node {

    @Id
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Stable identifier, e.g. kashgar-irkeshtam-osh")
    public String id;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Description("A route, a corridor or a crossing")
    public RouteKind kind;

    @Description("The name the article gives it, e.g. China-Pakistan Economic Corridor; null when it has none")
    public String name;

    @NonNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "from_code", nullable = false)
    @Description("Where it starts, or one side of a crossing")
    public Place from;

    @NonNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "to_code", nullable = false)
    @Description("Where it leads, or the other side of a crossing")
    public Place to;

    @NonNull
    @ManyToMany
    @JoinTable(name = "route_through", joinColumns = @JoinColumn(name = "route_id"),
            inverseJoinColumns = @JoinColumn(name = "place_code"))
    @OrderColumn(name = "position")
    @Description("The places on the way, in order: ports of clearance, countries crossed")
    public List<@NonNull Place> through = new ArrayList<>();

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "transport_mode", nullable = false)
    @Description("Road, rail, air, pipeline; UNSPECIFIED when the article does not say")
    public TransportMode mode;

    @Description("True when the article gives a direction (goods go from 'from' to 'to'); false for a link both ways")
    public boolean directed;

    @Description("What the article leaves open, or where a detail comes from")
    public String note;

    @NonNull
    @Embedded
    @Description("The article and its words that state the link")
    public Citation citation;

    @Description("True once an editor has retracted it: left out of lists, still readable directly")
    public boolean retracted;

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public String getId() {
        return id;
    }
}
