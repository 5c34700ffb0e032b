package org.diplomacykg.server;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.eclipse.jetty.util.security.Credential;
import org.eclipse.jetty.util.security.CredentialProvider;

/**
 * A salted PBKDF2-HMAC-SHA256 password hash for Jetty password files:
 * {@code PBKDF2:<iterations>:<salt, base64>:<hash, base64>}. Jetty finds it through
 * {@code META-INF/services/org.eclipse.jetty.util.security.CredentialProvider}; {@code dkg password} makes one.
 */
public final class Pbkdf2Credential extends Credential {
    private static final long serialVersionUID = 1L;

    /** The prefix in the password file. */
    public static final String PREFIX = "PBKDF2:";
    /**
     * Iterations for new hashes. Every request with credentials checks its password (HTTP Basic sends it each
     * time), so this trades brute-force cost against latency: about 50 ms per check on a 2-core machine.
     */
    public static final int DEFAULT_ITERATIONS = 100_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private Pbkdf2Credential(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /** Parses {@code PBKDF2:iterations:salt:hash}. */
    static Pbkdf2Credential parse(String s) {
        String[] parts = s.substring(s.startsWith(PREFIX) ? PREFIX.length() : 0).split(":");
        if (parts.length != 3 || !parts[0].matches("[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException("expected PBKDF2:iterations:salt:hash");
        }
        Base64.Decoder d = Base64.getDecoder();
        return new Pbkdf2Credential(Integer.parseInt(parts[0]), d.decode(parts[1]), d.decode(parts[2]));
    }

    /** Hashes a password with a fresh random salt, giving the text to put in a password file. */
    public static String hash(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        Base64.Encoder e = Base64.getEncoder().withoutPadding();
        return PREFIX + iterations + ":" + e.encodeToString(salt) + ":" + e.encodeToString(derive(password, salt, iterations));
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public boolean check(Object credentials) {
        char[] password;
        if (credentials instanceof char[] c) {
            password = c;
        } else if (credentials instanceof String s) {
            password = s.toCharArray();
        } else {
            return false;
        }
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    /** Registered as a service so that Jetty's {@code Credential.getCredential} reads {@code PBKDF2:} entries. */
    public static final class Provider implements CredentialProvider {
        @Override
        public Credential getCredential(String credential) {
            return parse(credential);
        }

        @Override
        public String getPrefix() {
            return PREFIX;
        }
    }
}
