package org.caravan.place;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("PlaceInput")
@Description("A place as an editor records it.")
public class PlaceInput {

    @NotBlank
    @Pattern(regexp = "[A-Z]{2}|[a-z0-9][a-z0-9-]{1,99}",
            message = "must be an ISO 3166-1 alpha-2 code (PK) or a lower-case slug (kashgar-port)")
    @Description("Stable code: ISO 3166-1 alpha-2 for countries, a readable slug otherwise")
    public String code;

    @NotBlank
    @Size(max = 200)
    @Description("English name")
    public String name;

    @NotNull
    @Description("What sort of place it is")
    public PlaceKind kind;

    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code such as PAK")
    @Description("ISO 3166-1 alpha-3 code, for countries")
    public String iso3;

    @Size(max = 100)
    @Description("Code of the place this one lies in")
    public String parent;

    @Size(max = 100)
    @Description("For a group: codes of its members")
    public List<String> members;

    @Size(max = 1000)
    @Description("What Caravan knows about the place beyond the articles")
    public String note;
}
