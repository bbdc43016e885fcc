package io.athgrid.maas.catalog;

/** The catalog already holds this id, perhaps in another case or retired: ids are never reused. */
public class DuplicateModelException extends RuntimeException {

    public DuplicateModelException(ModelId requested, String existing) {
        super(existing.equals(requested.value())
                ? "The catalog already holds the model " + existing
                : "The catalog already holds the model " + existing + ", which differs from " + requested
                        + " only in case");
    }
}
