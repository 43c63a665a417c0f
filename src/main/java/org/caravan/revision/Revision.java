package org.caravan.revision;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Description("One state of an edited entry: who changed it, when, why, and what it was then.")
public class Revision extends PanacheEntityBase {

    @Id
    @Ignore
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Ignore
    @Column(name = "subject_type", nullable = false)
    public String subjectType;

    @Ignore
    @Column(name = "subject_id", nullable = false)
    public String subjectId;

    @Description("1 for the oldest state")
    @Column(nullable = false)
    public int number;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    @Description("What the editor did")
    public RevisionAction action;

    @NonNull
    @Column(nullable = false)
    @Description("The editor's user name, or 'bundled dataset'")
    public String author;

    @NonNull
    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Description("Why the editor made the change")
    public String reason;

    @NonNull
    @Column(nullable = false, length = 1000000)
    @Description("The entry as it was after this revision: its input type (StatisticInput, MeetingInput, PlaceInput, SourceInput) as JSON")
    public String snapshot;
}
