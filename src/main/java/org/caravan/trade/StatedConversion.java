package org.caravan.trade;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;

@Embeddable
@Description("The figure in another currency, as the article itself states it: '61 billion yuan (about 8.39 billion U.S. dollars)'.")
public class StatedConversion {

    @Column(name = "converted_value", precision = 38, scale = 6)
    @Description("The converted value in full units")
    public BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(name = "converted_unit")
    @Description("The other currency")
    public Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "converted_qualifier")
    @Description("The article's hedge on the converted amount, e.g. about")
    public Qualifier qualifier;

    @Column(name = "converted_printed")
    @Description("The converted amount as printed, e.g. '8.39 billion'")
    public String printedAmount;

    @Ignore
    @Column(name = "converted_resolution", precision = 38, scale = 6)
    public BigDecimal resolution;
}
