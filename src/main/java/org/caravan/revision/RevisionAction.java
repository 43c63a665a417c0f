package org.caravan.revision;

import org.eclipse.microprofile.graphql.Description;

@Description("What an edit did to an entry.")
public enum RevisionAction {
    @Description("The state the bundled dataset gave, kept when an editor first changes the entry")
    IMPORTED,
    @Description("Recorded by an editor")
    RECORDED,
    @Description("Corrected by an editor; the earlier revisions keep the earlier states")
    CORRECTED,
    @Description("Retracted by an editor: hidden from default queries, kept for the record")
    RETRACTED
}
