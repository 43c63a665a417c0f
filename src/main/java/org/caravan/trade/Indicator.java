package org.caravan.trade;

import org.eclipse.microprofile.graphql.Description;

@Description("What a statistic measures.")
public enum Indicator {
    @Description("Value of imports and exports (trade turnover)")
    TRADE_VALUE,
    @Description("Value of cross-border e-commerce transactions")
    CROSS_BORDER_ECOMMERCE_VALUE,
    @Description("Value of foreign trade orders received")
    ORDERS_VALUE,
    @Description("Number of countries or regions traded with")
    TRADING_PARTNER_COUNT,
    @Description("Number of (foreign trade) enterprises")
    ENTERPRISE_COUNT,
    @Description("Number of employees of a company named in `subject`")
    EMPLOYEE_COUNT,
    @Description("Number of foreign trade orders")
    ORDER_COUNT,
    @Description("Number of open land ports")
    LAND_PORT_COUNT,
    @Description("Number of countries connected through the reporter's ports")
    CONNECTED_COUNTRY_COUNT,
    @Description("Number of government service programs launched")
    GOVERNMENT_PROGRAM_COUNT,
    @Description("Number of administrative cases handled")
    CASE_COUNT,
    @Description("Number of companies exhibiting at a trade fair")
    EXHIBITOR_COUNT,
    @Description("Number of zones recognised as free of an animal disease")
    DISEASE_FREE_ZONE_COUNT,
    @Description("Time to clear goods through customs")
    CUSTOMS_CLEARANCE_TIME,
    @Description("Area of a zone or market")
    AREA,
    @Description("Rank of the reporter's trade value within Xinjiang")
    TRADE_VALUE_RANK_IN_XINJIANG,
    @Description("Rank of the reporter's trade growth rate within Xinjiang")
    TRADE_GROWTH_RANK_IN_XINJIANG,
    @Description("Comprehensive ranking within Xinjiang")
    COMPREHENSIVE_RANK_IN_XINJIANG,
    @Description("Comprehensive (national) ranking within China")
    COMPREHENSIVE_RANK_IN_CHINA,
    @Description("Share of the reporter's trading partners that belong to the partner group")
    SHARE_OF_TRADING_PARTNERS,
    @Description("Share of the reporter's trade that is with the partner")
    SHARE_OF_TRADE,
    @Description("Weight of goods carried or cleared")
    CARGO_VOLUME,
    @Description("Number of freight trains")
    FREIGHT_TRAIN_COUNT,
    @Description("Number of vehicles crossing or exported")
    VEHICLE_COUNT,
    @Description("Number of travellers crossing")
    PASSENGER_COUNT,
    @Description("Number of transport routes")
    ROUTE_COUNT,
    @Description("A distance")
    DISTANCE,
    @Description("Height above sea level")
    ALTITUDE,
    @Description("Any other count: what is counted is named in `subject`")
    OTHER_COUNT
}
