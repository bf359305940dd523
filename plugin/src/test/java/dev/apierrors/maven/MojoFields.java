package dev.apierrors.maven;

import java.lang.reflect.Field;

/** A goal's parameter field, declared by the goal or by the class of the parameters it shares. */
final class MojoFields {

    private MojoFields() {
    }

    static Field find(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> current = type; current != null; current = current.getSuperclass()) {
            try {
                return current.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // declared further up
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
