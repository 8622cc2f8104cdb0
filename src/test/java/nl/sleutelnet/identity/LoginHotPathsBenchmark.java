package nl.sleutelnet.identity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * JMH: what one login costs the server — the password policy on a change, and the Argon2id
 * check on every login (deliberately slow; it bounds logins per core).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LoginHotPathsBenchmark {

    private PasswordPolicy policy;
    private PasswordEncoder encoder;
    private String hash;

    @Setup
    public void setUp() {
        policy = new PasswordPolicy();
        encoder = new DelegatingPasswordEncoder("argon2",
                Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
        hash = encoder.encode("paarse olifant fietst langs de Waal");
    }

    @Benchmark
    public List<PasswordPolicy.Violation> passwordPolicy() {
        return policy.check("paarse olifant fietst langs de Waal", "noor@maasoever.nl");
    }

    @Benchmark
    public boolean argon2Check() {
        return encoder.matches("paarse olifant fietst langs de Waal", hash);
    }
}
