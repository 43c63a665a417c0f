package org.caravan.meeting;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.caravan.dataset.DatasetFile.MeetingEntry;
import org.caravan.dataset.DatasetFile.OutcomeEntry;
import org.caravan.dataset.DatasetFile.ParticipantEntry;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("MeetingInput")
@Description("A meeting, visit or event as an editor records it: the same fields as an entry of the dataset file.")
public class MeetingInput {

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,149}", message = "must be 3 to 150 lower-case letters, digits and hyphens")
    public String id;

    @NotNull
    public MeetingKind kind;

    @NotBlank
    @Size(max = 300)
    public String title;

    public Boolean online;

    @Description("Code of the place it took place in")
    public String place;

    @Description("Earliest possible date, YYYY-MM-DD")
    public String dateFrom;

    @Description("Latest possible date, YYYY-MM-DD")
    public String dateTo;

    @NotNull
    public DatePrecision datePrecision;

    @Size(max = 100)
    public String dateText;

    @Size(max = 1000)
    public String dateNote;

    @Description("Codes of other places it is about")
    public List<String> places;

    public List<@Valid ParticipantInput> participants;

    public List<@NotBlank @Size(max = 500) String> topics;

    public List<@Valid OutcomeInput> outcomes;

    @NotBlank
    public String source;

    @NotBlank
    @Size(max = 1000)
    public String quote;

    @Input("ParticipantInput")
    public static class ParticipantInput {
        @NotBlank
        @Size(max = 200)
        public String name;
        @Size(max = 200)
        public String role;
        @Size(max = 200)
        public String organisation;
        @Description("Code of the country the participant represents")
        public String side;
    }

    @Input("OutcomeInput")
    public static class OutcomeInput {
        @NotNull
        public OutcomeKind kind;
        @NotBlank
        @Size(max = 1000)
        public String text;
        @NotBlank
        @Size(max = 1000)
        public String quote;
    }

    public MeetingEntry toEntry() {
        return new MeetingEntry(id, kind.name(), title, Boolean.TRUE.equals(online), place, dateFrom, dateTo, datePrecision.name(), dateText,
                dateNote, places,
                participants == null ? null
                        : participants.stream().map(p -> new ParticipantEntry(p.name, p.role, p.organisation, p.side))
                                .toList(),
                topics,
                outcomes == null ? null : outcomes.stream().map(o -> new OutcomeEntry(o.kind.name(), o.text, o.quote)).toList(),
                source, quote);
    }
}
