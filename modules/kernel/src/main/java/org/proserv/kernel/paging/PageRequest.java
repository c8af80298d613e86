package org.proserv.kernel.paging;

import org.proserv.kernel.error.ProservException;

/** Which page of a list a client asks for; pages count from 0, at most 100 items each. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;

    public PageRequest {
        if (page < 0) {
            throw ProservException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProservException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public int offset() {
        return page * size;
    }
}
