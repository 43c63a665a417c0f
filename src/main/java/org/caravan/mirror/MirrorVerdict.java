package org.caravan.mirror;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("MirrorVerdict")
@Description("What the two sides' figures for one flow say of each other.")
public enum MirrorVerdict {
    @Description("Both can be true: the values their printed digits and qualifiers allow overlap")
    AGREE,
    @Description("The gap is larger than rounding and qualifiers explain. Usual between trade partners (imports"
            + " valued with freight and insurance, exports without; timing; goods in transit), but worth a look")
    DIFFER,
    @Description("Different currencies, and neither figure states its amount in the other's")
    NOT_COMPARABLE
}
