package nl.sleutelnet.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.ConditionalGenericConverter;

/**
 * Turns a text, as it arrives in a URL path, into a typed id: a record named {@code …Id} whose
 * one component is a {@link UUID}, such as {@code KeyFigureId}. A malformed id is answered
 * exactly like an unknown one: {@link NotFoundException} (404), named after the id type
 * ({@code KeyFigureId} → {@code key_figure}). Meant for path variables: a query parameter
 * that names a record stays a {@code String} and is checked by the service (400 when wrong).
 */
public final class TypedIds implements ConditionalGenericConverter {

    private static final ConcurrentMap<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();

    /** Whether the type is a typed id this converter makes. */
    public static boolean isTypedId(Class<?> type) {
        if (!type.isRecord() || !type.getSimpleName().endsWith("Id")) {
            return false;
        }
        RecordComponent[] components = type.getRecordComponents();
        return components.length == 1 && components[0].getType() == UUID.class;
    }

    /** The typed id of the given type for the text; a malformed text is not found. */
    public static <T> T parse(String text, Class<T> type) {
        UUID value;
        try {
            value = UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException(recordType(type));
        }
        try {
            return type.cast(CONSTRUCTORS.computeIfAbsent(type, TypedIds::constructor).newInstance(value));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type.getName(), e);
        }
    }

    private static Constructor<?> constructor(Class<?> type) {
        try {
            return type.getDeclaredConstructor(UUID.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type.getName() + " has no canonical constructor", e);
        }
    }

    /** {@code KeyFigureId} → {@code key_figure}. */
    static String recordType(Class<?> type) {
        String name = type.getSimpleName().substring(0, type.getSimpleName().length() - 2);
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, Record.class));
    }

    @Override
    public boolean matches(TypeDescriptor sourceType, TypeDescriptor targetType) {
        return isTypedId(targetType.getType());
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        return source == null ? null : parse((String) source, targetType.getType());
    }
}
