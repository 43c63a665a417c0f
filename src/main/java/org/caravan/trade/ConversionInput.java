package org.caravan.trade;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ConversionInput")
@Description("The figure in another currency, as the article states it")
public class ConversionInput {

    @Size(max = 50)
    @NotBlank
    @Description("As printed, e.g. '8.39 billion'")
    public String amount;

    @NotNull
    @Description("The other currency")
    public Unit unit;

    @NotNull
    @Description("The article's hedge on the converted amount")
    public Qualifier qualifier;
}
