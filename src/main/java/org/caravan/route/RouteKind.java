package org.caravan.route;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("RouteKind")
@Description("What sort of link between places a route is.")
public enum RouteKind {
    @Description("A way goods are said to travel: cleared at Irkeshtam Port and shipped on to Osh")
    ROUTE,
    @Description("A named corridor or line, e.g. the China-Pakistan Economic Corridor")
    CORRIDOR,
    @Description("A border crossing between two sides, e.g. Khorgos between China and Kazakhstan")
    CROSSING
}
