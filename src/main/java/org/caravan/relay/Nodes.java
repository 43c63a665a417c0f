package org.caravan.relay;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

import org.hibernate.Hibernate;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Finds an entry by id whatever its type. Every entity that is a {@link Node} takes part, found through Hibernate's
 * own list of entities, so this package names none of the features above it. Ids are kept unique across types by
 * the editing path ({@code Editing.requireNew}); the bundled dataset is checked by {@code DatasetFileTest}.
 */
public final class Nodes {

    private Nodes() {
    }

    public static Optional<Node> find(String id) {
        EntityManager entities = Panache.getEntityManager();
        for (Class<?> type : nodeTypes(entities)) {
            Object found = entities.find(type, id);
            if (found != null) {
                // SmallRye picks the GraphQL type by the object's class: never hand it a Hibernate proxy.
                return Optional.of((Node) Hibernate.unproxy(found));
            }
        }
        return Optional.empty();
    }

    /** The entity types that are nodes, in a fixed order (by name). */
    private static List<Class<?>> nodeTypes(EntityManager entities) {
        return entities.getMetamodel().getEntities().stream().map(EntityType::getJavaType)
                .filter(Node.class::isAssignableFrom).<Class<?>> map(type -> type)
                .sorted(Comparator.comparing(Class::getSimpleName)).toList();
    }
}
