package org.caravan.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("A meeting, visit, ceremony, opening, exhibition or summit decision the articles report.")
public class Meeting extends PanacheEntityBase implements Node {

    @Id
    @NonNull
    @org.eclipse.microprofile.graphql.Id
    @Description("Stable identifier, e.g. a slug of the date and the participants")
    public String id;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Description("What sort of event it was")
    public MeetingKind kind;

    @NonNull
    @Column(nullable = false)
    @Description("A short title in Caravan's words")
    public String title;

    @Column(name = "date_from")
    @Description("Earliest date the article allows; null when only a latest date is known")
    public LocalDate dateFrom;

    @Column(name = "date_to")
    @Description("Latest date the article allows")
    public LocalDate dateTo;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false)
    @Description("How precisely the article dates the event")
    public DatePrecision datePrecision;

    @Column(name = "date_text")
    @Description("The article's words for the date, e.g. 'on Monday'")
    public String dateText;

    @Column(name = "date_note")
    @Description("How the date range was worked out")
    public String dateNote;

    @Description("True for an online meeting, which has no place")
    public boolean online;

    @ManyToOne
    @JoinColumn(name = "place_code")
    @Description("Where it took place; null when online or not stated")
    public Place place;

    @NonNull
    @ManyToMany
    @JoinTable(name = "meeting_place", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "place_code"))
    @Description("Other places the meeting is about")
    public List<@NonNull Place> places = new ArrayList<>();

    @NonNull
    @ElementCollection
    @CollectionTable(name = "meeting_participant", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Description("Who took part, in the article's order")
    public List<@NonNull Participant> participants = new ArrayList<>();

    @NonNull
    @ElementCollection
    @CollectionTable(name = "meeting_topic", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "topic", nullable = false, length = 500)
    @Description("What was discussed, in Caravan's words")
    public List<@NonNull String> topics = new ArrayList<>();

    @NonNull
    @ElementCollection
    @CollectionTable(name = "meeting_outcome", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Description("What the meeting agreed, committed to, proposed or asked for")
    public List<@NonNull Outcome> outcomes = new ArrayList<>();

    @NonNull
    @Embedded
    @Description("The article and its words that report the event")
    public Citation citation;

    @Ignore
    @Column(name = "sort_date", nullable = false)
    public LocalDate sortDate;

    @Description("True once an editor has retracted it: left out of lists, still readable directly")
    public boolean retracted;

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public String getId() {
        return id;
    }
}
