/**
 * SHACL validation of diplomacy-kg's RDF against {@code ontology/shapes.ttl}: {@link org.diplomacykg.validate.ShapeCheck}
 * checks an extraction's dataset, a store or a model, and returns a {@link org.diplomacykg.validate.ShapeReport}.
 */
package org.diplomacykg.validate;
