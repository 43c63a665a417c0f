package org.caravan.relay;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

@Interface("Node")
@Description("An entry with an id no other entry of any type has: node(id:) finds it again, and Relay or Apollo"
        + " caches can keep one copy of it (global object identification).")
public interface Node {

    @Id
    @NonNull
    @Description("Unique across every type: the entry's own id, or a place's code")
    String getId();
}
