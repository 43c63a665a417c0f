package org.caravan.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Embeddable
@Description("What a meeting agreed, committed to, proposed or asked for, with the article's words.")
public class Outcome {

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    @Description("Agreement, commitment, proposal or request")
    public OutcomeKind kind;

    @NonNull
    @Column(name = "text", nullable = false, length = 1000)
    @Description("The outcome in Caravan's words")
    public String text;

    @NonNull
    @Column(name = "quote", nullable = false, length = 1000)
    @Description("The article's words for it, verbatim")
    public String quote;
}
