package org.diplomacykg.lexicon;

/** How a surface form names an entity. */
public enum NameForm {
    /** The full name or an alias: "Russia", "Russian Federation", "CIA". */
    NAME,
    /** An adjective or demonym: "Russian", "American". */
    DEMONYM,
    /** A person's family name alone: "Peskov". Trusted only when unambiguous. */
    FAMILY_NAME,
    /**
     * A name that holds only where the article has already named the entity's country: "the Foreign Office" is
     * Britain's in a British story and Pakistan's in a Pakistani one.
     */
    CONTEXT_NAME
}
