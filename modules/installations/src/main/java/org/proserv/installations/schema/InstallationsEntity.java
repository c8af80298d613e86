package org.proserv.installations.schema;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * The identity every installations entity shares: a number from the context's one sequence, allocated in blocks of 50
 * (the migration's {@code increment by 50} must match).
 */
@MappedSuperclass
public abstract class InstallationsEntity {

    @Id
    @SequenceGenerator(name = "installations_seq", sequenceName = "installations_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "installations_seq")
    private Long id;

    /** Null until the entity is persisted. */
    public Long id() {
        return id;
    }
}
