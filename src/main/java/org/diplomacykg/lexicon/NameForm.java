package org.diplomacykg.lexicon;

/** How a surface form names an entity. */
public enum NameForm {
    /** The full name or an alias: "Russia", "Russian Federation", "CIA". */
    NAME,
    /** An adjective or demonym: "Russian", "American". */
    DEMONYM,
    /** A person's family name alone: "Peskov". Trusted only when unambiguous. */
    FAMILY_NAME
}
