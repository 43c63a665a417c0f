package org.caravan.route;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("RouteFilter")
@Description("Which routes to list. Every field is optional; given fields must all match. A place matches itself and"
        + " every place inside it (KG matches Osh), and a route that runs both ways matches from and to either way.")
public class RouteFilter {

    @Description("Code of a place the route starts at")
    public String from;

    @Description("Code of a place the route leads to")
    public String to;

    @Description("Code of a place on the way (a port of clearance, a country crossed)")
    public String through;

    @Description("Code of a place the route starts at, leads to or passes")
    public String touching;

    @Description("Only routes, corridors or crossings")
    public RouteKind kind;

    @Description("Only this way of travelling")
    public TransportMode mode;

    @Description("Include retracted routes. Default false.")
    public Boolean includeRetracted;
}
