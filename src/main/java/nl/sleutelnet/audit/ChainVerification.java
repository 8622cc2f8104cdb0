package nl.sleutelnet.audit;

import java.util.OptionalLong;

/** Result of walking the whole chain: how many rows were checked and the first broken one. */
public record ChainVerification(long checked, OptionalLong firstBrokenSeq) {

    public boolean intact() {
        return firstBrokenSeq.isEmpty();
    }
}
