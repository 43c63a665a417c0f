package org.caravan.place;

public enum PlaceKind {
    COUNTRY,
    REGION,
    PREFECTURE,
    CITY,
    LAND_PORT,
    ZONE,
    GROUP
}
