package org.proserv.platform.accounts;

import java.util.concurrent.atomic.AtomicLong;

/** The real hashing, cheap, counting the PBKDF2 iterations it spends: the cost of a check, without timing it. */
final class CountingHash extends PasswordHash {

    private final AtomicLong spent = new AtomicLong();

    CountingHash(int iterations) {
        super(iterations);
    }

    @Override
    protected byte[] derive(String password, byte[] salt, int iterations) {
        spent.addAndGet(iterations);
        return super.derive(password, salt, iterations);
    }

    /** The iterations spent since the last call. */
    long spent() {
        return spent.getAndSet(0);
    }
}
