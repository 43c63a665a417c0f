package org.caravan.source;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class CitationFields {

    @Inject
    CitationWriter writer;

    @Description("The article as an entry for a reference manager")
    public @NonNull String citeAs(@org.eclipse.microprofile.graphql.Source Source source,
            @NonNull @Description("CSL_JSON or BIBTEX") CitationFormat format) {
        return writer.write(List.of(CitedWork.of(source)), format);
    }
}
