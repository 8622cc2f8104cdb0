package nl.sleutelnet.browser;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/** The authenticator app of the test: RFC 6238 codes from a secret read off the enrolment page. */
final class Totp {

    private static final DefaultCodeGenerator GENERATOR = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    private Totp() {
    }

    static String code(String secret) {
        return code(secret, step());
    }

    /**
     * The code for the next time step: what the app shows after the current code, which enrolment
     * may just have used up (each step counts once; the application allows one step of drift).
     */
    static String nextCode(String secret) {
        return code(secret, step() + 1);
    }

    /** A six-digit code that is not valid for this secret anywhere near now. */
    static String wrongCode(String secret) {
        long now = step();
        for (int candidate = 123_456; ; candidate = (candidate + 111_111) % 1_000_000) {
            String code = String.format("%06d", candidate);
            boolean valid = false;
            for (long step = now - 2; step <= now + 2; step++) {
                valid |= code.equals(code(secret, step));
            }
            if (!valid) {
                return code;
            }
        }
    }

    private static long step() {
        return System.currentTimeMillis() / 1000 / 30;
    }

    private static String code(String secret, long step) {
        try {
            return GENERATOR.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
