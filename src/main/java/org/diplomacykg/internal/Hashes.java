package org.diplomacykg.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short, stable content hashes for minting IRIs. */
public final class Hashes {
    private Hashes() {}

    /** The first {@code hexChars} hex digits of the SHA-256 of the UTF-8 bytes of {@code s}. */
    public static String sha256Hex(String s, int hexChars) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, hexChars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
