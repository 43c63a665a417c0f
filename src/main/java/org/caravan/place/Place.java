package org.caravan.place;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;

import org.caravan.relay.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Cacheable
@Description("A country, region, prefecture, city, land port, zone or group of countries.")
public class Place extends PanacheEntityBase implements Node {

    @Id
    @NonNull
    @Description("Stable code: ISO 3166-1 alpha-2 for countries (CN, PK, KZ), a readable slug otherwise (kashgar, khorgos, central-asia)")
    public String code;

    @NonNull
    @Column(nullable = false)
    @Description("English name")
    public String name;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Description("Country, region, prefecture, city, land port, zone or group")
    public PlaceKind kind;

    @Description("ISO 3166-1 alpha-3 code, for countries")
    public String iso3;

    @ManyToOne
    @JoinColumn(name = "parent_code")
    @Description("The place this one lies in: Kashgar lies in Xinjiang, Xinjiang in China")
    public Place parent;

    @Description("What Caravan knows about this place beyond the articles, e.g. how a group's members were chosen")
    public String note;

    @ManyToMany
    @JoinTable(name = "place_group_member", joinColumns = @JoinColumn(name = "group_code"),
            inverseJoinColumns = @JoinColumn(name = "member_code"))
    @OrderBy("code")
    @Ignore // served by PlaceQueries.members, which loads them in the request's session (subscriptions included)
    public List<Place> members = new ArrayList<>();

    @Description("True once an editor has retracted it: left out of lists, still readable directly")
    public boolean retracted;

    /** Codes of this place and every place inside it, at any depth (bounded: see {@link PlaceTree}). */
    public List<String> codesWithin() {
        return PlaceTree.codesWithin(this);
    }

    /** A place's code is its id: codes and the other entries' ids share one namespace. */
    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    @Description("The place's code, as an id unique across every type (see Node)")
    public String getId() {
        return code;
    }
}
