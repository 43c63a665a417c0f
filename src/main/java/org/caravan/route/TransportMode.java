package org.caravan.route;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("TransportMode")
@Description("How goods or people travel a route, as the article says.")
public enum TransportMode {
    ROAD,
    RAIL,
    AIR,
    PIPELINE,
    @Description("Several modes the article names together")
    MULTIMODAL,
    @Description("The article does not say: never guessed")
    UNSPECIFIED
}
