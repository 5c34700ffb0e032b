package org.diplomacykg.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The properties of external datasets the linker reads and the role of each ({@code properties.tsv}). */
final class PropertyTable {
    private static final String RESOURCE = "/org/diplomacykg/link/properties.tsv";
    private static volatile PropertyTable builtIn;

    record PropertyInfo(String iri, Fact.Role role, String name) {}

    private final Map<String, PropertyInfo> properties;

    private PropertyTable(Map<String, PropertyInfo> properties) {
        this.properties = Map.copyOf(properties);
    }

    static PropertyTable builtIn() {
        PropertyTable t = builtIn;
        if (t == null) {
            Map<String, PropertyInfo> m = new HashMap<>();
            for (List<String> row : Tsv.read(RESOURCE, 3)) {
                m.put(row.get(0), new PropertyInfo(row.get(0), Fact.Role.valueOf(row.get(1)), row.get(2)));
            }
            t = new PropertyTable(m);
            builtIn = t;
        }
        return t;
    }

    PropertyInfo get(String propertyIri) {
        return properties.get(propertyIri);
    }

    /** The IRIs of the properties with one of these roles. */
    Set<String> withRole(Set<Fact.Role> roles) {
        return properties.values().stream().filter(p -> roles.contains(p.role())).map(PropertyInfo::iri)
            .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    Set<String> all() {
        return new java.util.TreeSet<>(properties.keySet());
    }
}
