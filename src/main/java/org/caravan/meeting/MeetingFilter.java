package org.caravan.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("MeetingFilter")
@Description("Which meetings to list. Every field is optional; given fields must all match.")
public class MeetingFilter {

    @Description("Only meetings that may have taken place on or after this date (YYYY-MM-DD)")
    public String from;

    @Description("Only meetings that may have taken place on or before this date (YYYY-MM-DD)")
    public String to;

    @Description("Code of a place the meeting took place in or is about; places inside it count too")
    public String place;

    @Description("Part of a participant's name, any case, e.g. 'hashmi'")
    public String participant;

    @Description("Words to find in the title, topics or outcomes, any case")
    public String text;

    @Description("Include retracted meetings. Default false.")
    public Boolean includeRetracted;
}
