package nl.sleutelnet.shared;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a request that only reads (a GET) has read already. A page is assembled from the sections
 * of several modules, and each asks for the rows it needs: the key-figure page read the same
 * key-figure row four times and the municipality's staff three times. A repository wraps such a
 * read in {@link #remember}; within a reading request ({@link #open}, by the web layer) the second
 * ask gets the first answer, anywhere else every ask reads. The key must name everything the
 * answer depends on, the municipality included.
 */
public final class ReadMemo {

    private static final ThreadLocal<Map<Object, Object>> CURRENT = new ThreadLocal<>();

    private ReadMemo() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T remember(Object key, Supplier<T> read) {
        Map<Object, Object> memo = CURRENT.get();
        if (memo == null) {
            return read.get();
        }
        Object known = memo.get(key);
        if (known == null) { // not computeIfAbsent: the read may remember other things
            known = read.get();
            memo.put(key, known);
        }
        return (T) known;
    }

    /** Opens the memo of a reading request on this thread; closing it forgets everything. */
    public static Scope open() {
        if (CURRENT.get() != null) {
            return () -> { }; // nested (a forward or an error page inside the request)
        }
        CURRENT.set(new HashMap<>());
        return CURRENT::remove;
    }

    /** A scope of {@link #open}. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
