package org.caravan.meeting;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("MeetingInput")
@Description("A meeting, visit or event as an editor records it; revisions keep each state of a meeting in this form.")
public class MeetingInput {

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,149}", message = "must be 3 to 150 lower-case letters, digits and hyphens")
    @Description("Stable id")
    public String id;

    @NotNull
    @Description("What sort of event it was")
    public MeetingKind kind;

    @NotBlank
    @Size(max = 300)
    @Description("A short title in your words")
    public String title;

    @Description("True for an online meeting, which has no place")
    public Boolean online;

    @Size(max = 100)
    @Description("Code of the place it took place in")
    public String place;

    @Size(max = 20)
    @Description("Earliest possible date, YYYY-MM-DD")
    public String dateFrom;

    @Size(max = 20)
    @Description("Latest possible date, YYYY-MM-DD")
    public String dateTo;

    @NotNull
    @Description("How precisely the article dates it")
    public DatePrecision datePrecision;

    @Size(max = 100)
    @Description("The article's words for the date")
    public String dateText;

    @Size(max = 1000)
    @Description("How the date range was worked out")
    public String dateNote;

    @Size(max = 20)
    @Description("Codes of other places it is about")
    public List<String> places;

    @Size(max = 20)
    @Description("Who took part")
    public List<@Valid ParticipantInput> participants;

    @Size(max = 20)
    @Description("What was discussed, in your words")
    public List<@NotBlank @Size(max = 500) String> topics;

    @Size(max = 20)
    @Description("What it resulted in")
    public List<@Valid OutcomeInput> outcomes;

    @Size(max = 100)
    @NotBlank
    @Description("Id of the source article")
    public String source;

    @NotBlank
    @Size(max = 1000)
    @Description("The shortest verbatim excerpt of the article that reports it")
    public String quote;

    @Input("ParticipantInput")
    @Description("A participant as an editor records them.")
    public static class ParticipantInput {
        @NotBlank
        @Size(max = 200)
        @Description("The name as the article gives it")
        public String name;
        @Size(max = 200)
        @Description("Their office or title")
        public String role;
        @Size(max = 200)
        @Description("The body they represent")
        public String organisation;
        @Size(max = 100)
        @Description("Code of the country the participant represents")
        public String side;
    }

    @Input("OutcomeInput")
    @Description("An outcome of a meeting as an editor records it.")
    public static class OutcomeInput {
        @NotNull
        @Description("Agreement, commitment, proposal or request")
        public OutcomeKind kind;
        @NotBlank
        @Size(max = 1000)
        @Description("The outcome in your words")
        public String text;
        @NotBlank
        @Size(max = 1000)
        @Description("The article's words for it, verbatim")
        public String quote;
    }
}
