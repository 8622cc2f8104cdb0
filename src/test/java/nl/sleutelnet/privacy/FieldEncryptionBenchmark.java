package nl.sleutelnet.privacy;

import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH: encrypting and decrypting a contact-note-sized field (run with bench/jmh.sh). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FieldEncryptionBenchmark {

    private FieldEncryption encryption;
    private String note;
    private String sealed;

    @Setup
    public void setUp() {
        encryption = new FieldEncryption(new EncryptionProperties(
                Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes())));
        note = "Gesprek over de sfeer in de wijk na het incident bij het buurthuis. ".repeat(8);
        sealed = encryption.encrypt(note);
    }

    @Benchmark
    public String encrypt() {
        return encryption.encrypt(note);
    }

    @Benchmark
    public String decrypt() {
        return encryption.decrypt(sealed);
    }
}
