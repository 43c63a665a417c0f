package org.caravan.place;

import org.eclipse.microprofile.graphql.Description;

@Description("What sort of place a place is.")
public enum PlaceKind {
    @Description("A sovereign country")
    COUNTRY,
    @Description("A province-level region, e.g. Xinjiang")
    REGION,
    @Description("A prefecture, e.g. Kashgar")
    PREFECTURE,
    @Description("A city or county")
    CITY,
    @Description("A land border port, e.g. Khorgos")
    LAND_PORT,
    @Description("A free-trade, economic or cooperation zone")
    ZONE,
    @Description("A group of countries, e.g. Central Asia")
    GROUP
}
