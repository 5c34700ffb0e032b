package org.diplomacykg.link;

/**
 * One statement of an external dataset that the linker reads, reduced to its role.
 *
 * @param role     what it tells (citizenship and country are both {@link Role#COUNTRY})
 * @param property short name of the property, for explanations ({@code P27 citizenship})
 * @param value    what it points to
 */
public record Fact(Role role, String property, Ref value) {

    /** What a property of an external dataset tells the linker; see {@code properties.tsv}. */
    public enum Role {
        LABEL, ALIAS, DESCRIPTION, TYPE, COUNTRY, POSITION, BORN, CAPITAL, SAME_AS
    }

    /** For explanations: {@code P27 citizenship United States (wd:Q30)}. */
    public String describe() {
        return property + " " + value.describe();
    }
}
