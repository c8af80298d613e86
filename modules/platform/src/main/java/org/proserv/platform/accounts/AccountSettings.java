package org.proserv.platform.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;

/** The password hashing cost and the sign-in throttle, as configured; one of each per node. */
@ApplicationScoped
public class AccountSettings {

    @Inject
    @ConfigProperty(name = "proserv.password.iterations", defaultValue = "600000")
    int iterations;

    @Inject
    @ConfigProperty(name = "proserv.signin.throttle.username-failures", defaultValue = "5")
    int usernameFailures;

    @Inject
    @ConfigProperty(name = "proserv.signin.throttle.address-failures", defaultValue = "20")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "proserv.signin.throttle.first-delay", defaultValue = "PT1S")
    Duration firstDelay;

    @Inject
    @ConfigProperty(name = "proserv.signin.throttle.max-delay", defaultValue = "PT1M")
    Duration maxDelay;

    @Inject
    @ConfigProperty(name = "proserv.signin.throttle.forget-after", defaultValue = "PT15M")
    Duration forgetAfter;

    @Inject
    Clock clock;

    private PasswordHash hasher;
    private SignInThrottle throttle;

    @PostConstruct
    void build() {
        hasher = new PasswordHash(iterations);
        throttle = new SignInThrottle(clock, new SignInThrottle.Policy(usernameFailures, addressFailures, firstDelay,
                maxDelay, forgetAfter));
    }

    public PasswordHash hasher() {
        return hasher;
    }

    public SignInThrottle throttle() {
        return throttle;
    }
}
