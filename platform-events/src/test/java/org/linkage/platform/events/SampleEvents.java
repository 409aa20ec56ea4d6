package org.linkage.platform.events;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds an instance of any event record with every field set to a non-default value (strings name
 * their field, booleans are true, numbers non-zero, collections non-empty, enums their last constant),
 * so a round trip that drops or mangles any field at any depth shows up as an inequality.
 */
public final class SampleEvents {

    public static final Instant TIME = Instant.parse("2025-06-01T08:30:00Z");

    private SampleEvents() {
    }

    @SuppressWarnings("unchecked")
    public static <T extends Record> T of(Class<T> recordType) {
        return (T) sample(recordType, recordType.getSimpleName());
    }

    private static Object sample(Type type, String name) {
        if (type instanceof ParameterizedType generic) {
            Type[] arguments = generic.getActualTypeArguments();
            if (generic.getRawType() == List.class) {
                return List.of(sample(arguments[0], name));
            }
            if (generic.getRawType() == Map.class && arguments[0] == String.class) {
                return Map.of(name + "-key", sample(arguments[1], name));
            }
        } else if (type instanceof Class<?> plain) {
            Object value = scalar(plain, name);
            if (value != null) {
                return value;
            }
        }
        throw new IllegalArgumentException(name + ": no sample value for " + type.getTypeName());
    }

    private static Object scalar(Class<?> type, String name) {
        if (type == String.class) {
            return name + "-sample";
        }
        if (type == Instant.class) {
            return TIME;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == int.class || type == Integer.class) {
            return 7;
        }
        if (type == long.class || type == Long.class) {
            return 42L;
        }
        if (type == double.class || type == Double.class) {
            return 0.25;
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[constants.length - 1];
        }
        if (type.isRecord()) {
            return construct(type);
        }
        return null;
    }

    private static Object construct(Class<?> recordType) {
        RecordComponent[] components = recordType.getRecordComponents();
        Object[] values = Arrays.stream(components)
                .map(component -> sample(component.getGenericType(), component.getName()))
                .toArray();
        Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> canonical = recordType.getDeclaredConstructor(parameterTypes);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build a sample " + recordType.getName(), e);
        }
    }
}
