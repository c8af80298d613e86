package org.proserv.releases;

import java.lang.reflect.Field;

/** Gives entities made in unit tests the id the database would, so that rules comparing ids can run. */
public final class Ids {

    private Ids() {}

    public static <T> T assign(T entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
