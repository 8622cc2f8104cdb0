package nl.sleutelnet.shared;

/** A one-based page of a list. Sizes are capped so that no list can be fetched whole. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page must be 1 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
    }

    /** Lenient factory for user input: out-of-range values fall back to sensible defaults. */
    public static PageRequest of(Integer page, Integer size) {
        int p = page == null || page < 1 ? 1 : page;
        int s = size == null || size < 1 ? DEFAULT_SIZE : Math.min(size, MAX_SIZE);
        return new PageRequest(p, s);
    }

    /** The page number as typed in a query string; anything that is not a number means the first page. */
    public static PageRequest of(String page, int size) {
        Integer number;
        try {
            number = page == null ? null : Integer.valueOf(page.strip());
        } catch (NumberFormatException e) {
            number = null;
        }
        return of(number, size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
