package nl.sleutelnet.audit;

import java.io.Serializable;
import java.util.OptionalLong;

/** Result of walking the whole chain: how many rows were checked and the first broken one, if any. */
public record ChainVerification(long checked, Long firstBroken) implements Serializable {

    public boolean intact() {
        return firstBroken == null;
    }

    public OptionalLong firstBrokenSeq() {
        return firstBroken == null ? OptionalLong.empty() : OptionalLong.of(firstBroken);
    }
}
