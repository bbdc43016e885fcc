package io.athgrid.support.web;

/** Answered as 404: the resource does not exist (or is not visible to this caller). */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String message) {
        super(message);
    }
}
