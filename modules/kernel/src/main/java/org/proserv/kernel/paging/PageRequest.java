package org.proserv.kernel.paging;

import org.proserv.kernel.error.ProservException;

/** Which page of a list a client asks for; pages count from 0, at most 100 items each. */
public record PageRequest(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    /** Deeper than this nobody pages; it also keeps the offset within an int. */
    public static final int MAX_PAGE = 1_000_000;

    public PageRequest {
        if (page < 0 || page > MAX_PAGE) {
            throw ProservException.invalid("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ProservException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public int offset() {
        return page * size;
    }
}
