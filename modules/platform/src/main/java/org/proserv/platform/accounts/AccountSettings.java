package org.proserv.platform.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The password hashing cost and the sign-in throttle, as configured; one of each per node. */
@ApplicationScoped
public class AccountSettings {

    @Inject
    @ConfigProperty(name = "proserv.password.iterations")
    int iterations;

    @Inject
    @ConfigProperty(name = "proserv.signin.throttle.username-failures")
    int usernameFailures;

    @Inject
    @ConfigProperty(name = "proserv.signin.throttle.address-failures")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "proserv.signin.throttle.first-delay")
    Duration firstDelay;

    @Inject
    @ConfigProperty(name = "proserv.signin.throttle.max-delay")
    Duration maxDelay;

    @Inject
    @ConfigProperty(name = "proserv.signin.throttle.forget-after")
    Duration forgetAfter;

    @Inject
    Clock clock;

    private PasswordHash hasher;
    private SignInThrottle throttle;

    @PostConstruct
    void build() {
        hasher = new PasswordHash(iterations);
        throttle = new SignInThrottle(
                clock, new SignInThrottle.Policy(usernameFailures, addressFailures, firstDelay, maxDelay, forgetAfter));
    }

    public PasswordHash hasher() {
        return hasher;
    }

    public SignInThrottle throttle() {
        return throttle;
    }
}
