package org.caravan.route;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("RouteInput")
@Description("A route, corridor or crossing as an editor records it; revisions keep each state in this form.")
public class RouteInput {

    @NotBlank
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,149}", message = "must be 3 to 150 lower-case letters, digits and hyphens")
    @Description("Stable id")
    public String id;

    @NotNull
    @Description("ROUTE, CORRIDOR or CROSSING")
    public RouteKind kind;

    @Size(max = 300)
    @Description("The name the article gives it, if any")
    public String name;

    @NotBlank
    @Size(max = 100)
    @Description("Code of the place it starts at, or of one side of a crossing")
    public String from;

    @NotBlank
    @Size(max = 100)
    @Description("Code of the place it leads to, or of the other side")
    public String to;

    @Size(max = 10)
    @Description("Codes of the places on the way, in order; at most 10")
    public List<@NotBlank @Size(max = 100) String> through;

    @Description("How it is travelled; UNSPECIFIED (the default) when the article does not say")
    public TransportMode mode;

    @Description("True when the article gives a direction from 'from' to 'to'. Default false.")
    public Boolean directed;

    @Size(max = 1000)
    @Description("What the article leaves open, or where a detail comes from")
    public String note;

    @NotBlank
    @Size(max = 100)
    @Description("Id of the article that states the link")
    public String source;

    @NotBlank
    @Size(max = 1000)
    @Description("The article's exact words")
    public String quote;
}
