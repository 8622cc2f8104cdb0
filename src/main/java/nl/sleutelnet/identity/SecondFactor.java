package nl.sleutelnet.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import nl.sleutelnet.privacy.FieldEncryption;

/**
 * RFC 6238 time-based one-time codes (30 s, 6 digits, SHA-1 as authenticator apps expect),
 * one time step of clock drift either way, each step usable once; plus ten single-use
 * recovery codes, stored hashed. The secret is stored encrypted.
 */
@Service
@Transactional
public class SecondFactor {

    static final int PERIOD_SECONDS = 30;
    private static final int RECOVERY_CODES = 10;

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final boolean demoMode;
    private final Clock clock;
    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    SecondFactor(Accounts accounts, JdbcClient jdbc, FieldEncryption encryption,
            @Value("${sleutelnet.demo.enabled:false}") boolean demoMode) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.demoMode = demoMode;
        this.clock = Clock.systemUTC();
    }

    /** A new secret with its QR code, shown once at enrolment; stored only on confirmation. */
    public record Enrolment(String secret, String qrDataUri) {
    }

    /** Staff always need a second factor; demo accounts are exempt while demo mode is on. */
    public boolean required(SleutelnetUser user) {
        return user.kind() == AccountKind.STAFF && !(demoMode && user.secondFactorExempt());
    }

    public Enrolment startEnrolment(SleutelnetUser user) {
        String secret = new DefaultSecretGenerator(32).generate();
        return new Enrolment(secret, startEnrolmentImage(user, secret));
    }

    /** The QR code (as a data URI) that an authenticator app scans. */
    public String startEnrolmentImage(SleutelnetUser user, String secret) {
        QrData data = new QrData.Builder().label(user.getUsername()).secret(secret).issuer("Sleutelnet")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        try {
            var qr = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code generation failed", e);
        }
    }

    /** Confirms enrolment with a first code; returns the recovery codes to show once, or empty if the code is wrong. */
    public List<String> confirmEnrolment(SleutelnetUser user, String secret, String code) {
        long step = matchingStep(secret, code);
        if (step < 0) {
            return List.of();
        }
        accounts.enableTotp(user.accountId(), encryption.encrypt(secret));
        accounts.acceptTotpStep(user.accountId(), step);
        jdbc.sql("delete from recovery_code where account_id = ?").param(user.accountId()).update();
        List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        for (String recovery : codes) {
            jdbc.sql("insert into recovery_code (account_id, code_hash) values (?, ?)")
                    .params(user.accountId(), hash(recovery)).update();
        }
        return codes;
    }

    /** Checks a code from the authenticator app; a code can be used only once. */
    public boolean verify(SleutelnetUser user, String code) {
        String secret = accounts.totpSecret(user.accountId()).map(encryption::decrypt).orElse(null);
        if (secret == null) {
            return false;
        }
        long step = matchingStep(secret, code);
        return step >= 0 && accounts.acceptTotpStep(user.accountId(), step);
    }

    /** Uses up a recovery code. */
    public boolean useRecoveryCode(SleutelnetUser user, String code) {
        if (code == null || code.isBlank() || code.length() > 64) {
            return false;
        }
        return jdbc.sql("update recovery_code set used_at = now() where account_id = ? and code_hash = ? and used_at is null")
                .params(user.accountId(), hash(code.strip().toLowerCase(Locale.ROOT))).update() == 1;
    }

    long currentStep() {
        return clock.millis() / 1000 / PERIOD_SECONDS;
    }

    private long matchingStep(String secret, String code) {
        if (code == null) {
            return -1;
        }
        String digits = code.replace(" ", "");
        if (!digits.matches("\\d{6}")) {
            return -1;
        }
        long now = currentStep();
        for (long step = now - 1; step <= now + 1; step++) {
            try {
                String expected = generator.generate(secret, step);
                if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                        digits.getBytes(StandardCharsets.US_ASCII))) {
                    return step;
                }
            } catch (CodeGenerationException e) {
                throw new IllegalStateException(e);
            }
        }
        return -1;
    }

    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
